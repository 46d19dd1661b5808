import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EchoIndex } from './echo-index';
import { findPassageCopies, selectionCovered, type SelectedPassage } from './passage-copies';
import { randomProse } from './test-texts';

const quote =
  'I am proud that the UK is united for Ukraine. I am proud of the highest ever level of military support we’re providing this year.';
const funding =
  'Among the latest supportive measures being proposed by Britain is £200m of funding which will be used to equip British armed forces with the kit that they need.';

/** The selection of `words` in article `doc` of text `text`. */
function select(doc: string, text: string, words: string): SelectedPassage {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in ${doc}`);
  return { doc, start, end: start + words.length, text: words };
}

describe('findPassageCopies', () => {
  // Unrelated filler around every copy: a synthetic archive whose other articles share nothing.
  const filler = (seed: number): string => randomProse(120, seed);
  const texts: Record<string, string> = {
    origin: `${filler(1)}\n\nHe said: ‘${quote}’\n\n${filler(2)}`,
    edited: `${filler(3)}\n\nShe quoted: ‘I am proud that the UK is united for Ukraine. I am proud of the highest ever level of military support that we are providing this year.’\n\n${filler(4)}`,
    // One word changed and a word dropped.
    changed: `${filler(5)}\n\n‘I am proud that Britain is united for Ukraine. I am proud of the highest level of military support we’re providing this year.’ ${filler(6)}`,
    amounts: `${filler(7)}\n\nAmong the latest measures being proposed by Britain is £200 million of funding which will be used to equip British armed forces with the kit that they need.\n\n${filler(8)}`,
    unrelated: filler(9),
  };
  const index = new EchoIndex();
  for (const [id, text] of Object.entries(texts)) index.add(id, text);

  it('finds copies with small edits ("we’re"/"we are", a word changed) and not the selection itself', () => {
    const selected = select('origin', texts.origin ?? '', quote);
    const copies = findPassageCopies(index, selected, []);
    const docs = copies.map((c) => c.b.doc).sort();
    expect(docs).toEqual(['changed', 'edited']);
    for (const copy of copies) {
      expect(copy.kind).toBe('across');
      expect(copy.a.doc).toBe('origin');
      expect(copy.similarity).toBeGreaterThan(0.8);
      expect(copy.similarity).toBeLessThan(1);
      // The copy's span holds the copied words, in that article's text.
      const words = (texts[copy.b.doc] ?? '').slice(copy.b.start, copy.b.end);
      expect(words).toContain('united for Ukraine');
      expect(words).toContain('providing this year');
      expect(selectionCovered(selected, copy)).toBeGreaterThan(0.9);
    }
  });

  it('reads "£200m" as "£200 million" and an amount as the engine reads it', () => {
    const origin = `${filler(10)}\n\n${funding}\n\n${filler(11)}`;
    const local = new EchoIndex();
    local.add('origin', origin);
    local.add('amounts', texts.amounts ?? '');
    local.add('unrelated', texts.unrelated ?? '');
    const copies = findPassageCopies(local, select('origin', origin, funding), []);
    expect(copies.map((c) => c.b.doc)).toEqual(['amounts']);
    expect(texts.amounts?.slice(copies[0]?.b.start, copies[0]?.b.end)).toContain('£200 million');
  });

  it('finds a second copy inside the same article, and names a version as one', () => {
    const twice = `${filler(12)}\n\n${quote}\n\n${filler(13)}\n\n${quote.replace('we’re', 'we are')}\n\n${filler(14)}`;
    const local = new EchoIndex();
    local.add('twice', twice);
    local.add('v2', `${filler(15)} ${quote}`);
    const selected = select('twice', twice, quote);
    const copies = findPassageCopies(local, selected, ['v2']);
    const within = copies.find((c) => c.b.doc === 'twice');
    expect(within?.kind).toBe('within');
    expect(within?.b.start).toBeGreaterThan(selected.end);
    expect(copies.find((c) => c.b.doc === 'v2')?.kind).toBe('version');
    expect(copies).toHaveLength(2);
  });

  it('finds nothing for a passage no other article prints, nor for one shorter than the minimum', () => {
    const lone = select('unrelated', texts.unrelated ?? '', (texts.unrelated ?? '').slice(0, 200));
    expect(findPassageCopies(index, lone, [])).toEqual([]);
    const short = select('origin', texts.origin ?? '', 'I am proud that the UK');
    expect(findPassageCopies(index, short, [])).toEqual([]);
  });

  it('counts a copy of part of the selection as covering that part only', () => {
    const long = `${quote} ${randomProse(60, 16)}`;
    const origin = `${filler(17)}\n\n${long}\n\n${filler(18)}`;
    const local = new EchoIndex();
    local.add('origin', origin);
    local.add('part', `${filler(19)}\n\n${quote}\n\n${filler(20)}`);
    const selected = select('origin', origin, long);
    const [copy] = findPassageCopies(local, selected, []);
    expect(copy?.b.doc).toBe('part');
    const covered = copy ? selectionCovered(selected, copy) : 0;
    expect(covered).toBeGreaterThan(0.2);
    expect(covered).toBeLessThan(0.6);
  });

  it('finds the seed’s edited second Healey quote from its first', () => {
    const seed = readFileSync('seeds/000_7500752fa51d260b.txt', 'utf8');
    const local = new EchoIndex();
    local.add('seed', seed);
    const first =
      'I am proud that the UK is united for Ukraine. I am proud of the highest ever level of military support we’re providing this year.';
    const selected = select('seed', seed, first);
    const copies = findPassageCopies(local, selected, []);
    expect(copies).toHaveLength(1);
    const words = seed.slice(copies[0]?.b.start, copies[0]?.b.end);
    expect(words).toContain('military support that we are providing');
    expect(copies[0]?.b.start).toBeGreaterThan(selected.end);
  });
});
