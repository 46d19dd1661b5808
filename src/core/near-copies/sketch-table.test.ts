import { describe, expect, it } from 'vitest';
import { SketchTable } from './sketch-table';
import { seededRandom } from '../echoes/test-texts';

// Sketches made up so the shared values are known: base + offset, 16 values each.
const sketch = (base: number, shared = 16, other = 1_000_000): number[] =>
  Array.from({ length: 16 }, (_, i) => (i < shared ? base + i : other + base * 16 + i));

describe('SketchTable', () => {
  it('ranks articles by values shared (ties by id), leaving out the excluded and those sharing one', () => {
    const table = new SketchTable();
    table.add('b', sketch(100, 5));
    table.add('a', sketch(100, 5, 2_000_000));
    table.add('c', sketch(100, 9, 3_000_000));
    table.add('one', sketch(100, 1, 4_000_000));
    table.add('self', sketch(100));
    table.add('empty', []);
    expect(table.matches(sketch(100), (id) => id === 'self')).toEqual([
      { id: 'c', shared: 9 },
      { id: 'a', shared: 5 },
      { id: 'b', shared: 5 },
    ]);
    expect(table.size).toBe(5);
    expect([...(table.sketchOf('c') ?? [])]).toEqual(sketch(100, 9, 3_000_000));
  });

  it('answers the same before and after its values are sorted together', () => {
    const table = new SketchTable();
    // Values on both sides of 2^16 and near 2^32, so both radix passes matter.
    for (let i = 0; i < 5_000; i++) table.add(`x${i}`, sketch((i * 104_729) % 4_294_000_000));
    table.add('near', sketch(70_000, 3, 5_000_000));
    const before = table.matches(sketch(70_000), () => false);
    table.settle();
    expect(table.matches(sketch(70_000), () => false)).toEqual(before);
    expect(before.find((m) => m.id === 'near')).toEqual({ id: 'near', shared: 3 });
  });

  it('settles in steps, a caller pausing between them, answering as a table settled at once', () => {
    const ids = Array.from({ length: 30_000 }, (_, i) => `a${i}`);
    const sizes = new Uint8Array(ids.length).fill(16);
    const values = Uint32Array.from(
      { length: ids.length * 16 },
      (_, i) => (i * 2_654_435_761) >>> 7,
    );
    const [stepped, atOnce] = [new SketchTable(), new SketchTable()];
    stepped.addMany(ids, sizes, values);
    atOnce.addMany(ids, sizes, values);
    atOnce.settle();
    const pauses = [...stepped.settleSteps()].length;
    // A gather step per 25,000 slots, then the sort's four passes.
    expect(pauses).toBe(5);
    for (const id of ['a0', 'a12345', 'a29999']) {
      const asked = [...(atOnce.sketchOf(id) ?? [])];
      expect(stepped.matches(asked, () => false)).toEqual(atOnce.matches(asked, () => false));
    }
    // Settled: nothing left to sort.
    expect([...stepped.settleSteps()]).toEqual([]);
  });

  it('a newer sketch replaces the older, and a forgotten article no longer answers', () => {
    const table = new SketchTable();
    for (let i = 0; i < 4_000; i++) table.add(`x${i}`, sketch(i * 1_000));
    table.settle();
    table.add('x1', sketch(9_999_000, 16));
    expect(table.matches(sketch(1_000), () => false)).toEqual([]);
    expect(table.matches(sketch(9_999_000), () => false)).toEqual([{ id: 'x1', shared: 16 }]);
    table.forget('x2');
    expect(table.matches(sketch(2_000), () => false)).toEqual([]);
    expect(table.sketchOf('x2')).toBeUndefined();
    // Still so once everything is sorted again.
    table.settle();
    for (let i = 0; i < 4_000; i++) table.add(`y${i}`, sketch(50_000_000 + i * 1_000));
    expect(table.matches(sketch(2_000), () => false)).toEqual([]);
    expect(table.matches(sketch(3_000), () => false)).toEqual([{ id: 'x3', shared: 16 }]);
    expect(table.size).toBe(7_999);
  });

  it('adds packed sketches in bulk (later ones replacing earlier), answering as one by one does', () => {
    const ids = ['p', 'q', 'short', 'p'];
    const sizes = Uint8Array.from([16, 16, 0, 16]);
    const values = Uint32Array.from([...sketch(100), ...sketch(300, 4), ...sketch(900)]);
    const bulk = new SketchTable();
    bulk.add('before', sketch(300, 3, 6_000_000));
    bulk.addMany(ids, sizes, values);
    // Asked before it is settled: it sorts the bulk in first.
    expect(bulk.matches(sketch(300), () => false)).toEqual([
      { id: 'q', shared: 4 },
      { id: 'before', shared: 3 },
    ]);
    expect(bulk.matches(sketch(100), () => false)).toEqual([]);
    expect(bulk.matches(sketch(900), () => false)).toEqual([{ id: 'p', shared: 16 }]);
    expect(bulk.size).toBe(3);
    bulk.add('later', sketch(300, 2, 7_000_000));
    expect(bulk.matches(sketch(300), (id) => id === 'q')).toEqual([
      { id: 'before', shared: 3 },
      { id: 'later', shared: 2 },
    ]);
  });

  it('answers as a plain count over every held sketch does, through bulk loads, replacements and forgets', () => {
    const next = seededRandom(11);
    // A few hundred common values shared by many articles (as boilerplate is), the rest rare;
    // a sketch may even hold one value twice, and counts it once.
    const value = (): number =>
      next() < 0.3 ? Math.floor(next() * 300) : Math.floor(next() * 4_000_000_000);
    const held = new Map<string, number[]>();
    const table = new SketchTable();
    const id = (): string => `a${Math.floor(next() * 3_000)}`;
    for (let step = 0; step < 40; step++) {
      const ids = Array.from({ length: 100 }, id);
      const sizes = Uint8Array.from(ids, () => (next() < 0.05 ? 0 : 16));
      const values = Uint32Array.from({ length: sizes.reduce((a, b) => a + b, 0) }, value);
      table.addMany(ids, sizes, values);
      let at = 0;
      ids.forEach((name, i) => {
        const size = sizes[i] ?? 0;
        if (size > 0) held.set(name, [...values.subarray(at, at + size)]);
        else held.delete(name);
        at += size;
      });
      for (let i = 0; i < 30; i++) {
        const name = id();
        const sketch = Array.from({ length: 16 }, value);
        table.add(name, sketch);
        held.set(name, sketch);
      }
      const gone = id();
      table.forget(gone);
      held.delete(gone);
      if (step % 7 === 0) table.settle();
      const asked = Array.from({ length: 16 }, value);
      asked[3] = asked[2] ?? 0;
      const excluded = id();
      const expected = [...held]
        .filter(([name]) => name !== excluded)
        .map(([name, sketch]) => ({
          id: name,
          shared: new Set(asked).size - new Set(asked.filter((v) => !sketch.includes(v))).size,
        }))
        .filter((m) => m.shared >= 2)
        .sort((x, y) => y.shared - x.shared || (x.id < y.id ? -1 : 1));
      expect(table.matches(asked, (name) => name === excluded)).toEqual(expected);
      expect(table.size).toBe(held.size);
      const some = [...held.keys()][step];
      if (some) expect([...(table.sketchOf(some) ?? [])]).toEqual(held.get(some));
    }
  });
});
