import { finished, radixSortPairsInSteps } from '../echoes/radix-sort';
import { SKETCH_MATCHES_NEEDED } from './sketch';

/** An article that shares sketch values with the one asked about, and how many. */
export interface SketchMatch {
  readonly id: string;
  readonly shared: number;
}

/** Additions kept beside the sorted arrays before they are merged in (a re-sort). */
const mergeAfter = 50_000;

/** Slots whose values a merge gathers per step (400,000 values at 16 a sketch: a few ms). */
const gatherSlots = 25_000;

/** A typed array twice as long holding `array`'s values (slots are numbered as they come). */
function grown<T extends Uint32Array | Uint16Array>(array: T, make: (n: number) => T): T {
  const bigger = make(Math.max(1024, array.length * 2));
  bigger.set(array);
  return bigger;
}

/**
 * Every archived article's near-copy sketch, in memory: the sketch values sorted (typed arrays,
 * ~8 bytes a value, 13 MB at 100,000 articles) with the slot of the article each came from, plus
 * the values added since the last sort in a map. It answers which articles share values with a
 * sketch without asking IndexedDB, whose multi-entry index grew slower with the archive and
 * queued behind the import's writes. An article's newer sketch replaces its older one; an
 * article that is gone is removed by `forget` (the caller checks candidates against the archive).
 *
 * A slot's values stay where they arrived (a packed row's array, or a copy of a single sketch),
 * found by the slot's block, start and size: the load of 100,000 packed sketches at every
 * opening made a view and an array entry per article, a third of its time (profiled, session 20).
 */
export class SketchTable {
  private readonly ids: string[] = [];
  private readonly slotOf = new Map<string, number>();
  /** The arrays slots' values sit in: each packed row's, and each single sketch's copy. */
  private readonly blocks: Uint32Array[] = [];
  private slotBlock = new Uint32Array(0);
  private slotStart = new Uint32Array(0);
  /** Values a slot holds; 0 once it is replaced or forgotten, so it no longer answers. */
  private slotSize = new Uint16Array(0);
  private sortedValues: Uint32Array = new Uint32Array(0);
  private sortedSlots: Uint32Array = new Uint32Array(0);
  private recent = new Map<number, number[]>();
  private recentCount = 0;
  /** Added in bulk (addMany) and not yet sorted in: lookups settle first. */
  private unsorted = false;

  /** Articles held. */
  get size(): number {
    return this.slotOf.size;
  }

  /** A new slot for `id` holding `size` values of block `block` from `start`. */
  private place(id: string, block: number, start: number, size: number): number {
    const slot = this.ids.length;
    if (slot >= this.slotSize.length) {
      this.slotBlock = grown(this.slotBlock, (n) => new Uint32Array(n));
      this.slotStart = grown(this.slotStart, (n) => new Uint32Array(n));
      this.slotSize = grown(this.slotSize, (n) => new Uint16Array(n));
    }
    this.ids.push(id);
    this.slotBlock[slot] = block;
    this.slotStart[slot] = start;
    this.slotSize[slot] = size;
    this.slotOf.set(id, slot);
    return slot;
  }

  /** Adds (or replaces) an article's sketch; an empty sketch only removes the old one. */
  add(id: string, sketch: ArrayLike<number>): void {
    this.forget(id);
    if (sketch.length === 0) return;
    const values = Uint32Array.from(sketch);
    const slot = this.place(id, this.blocks.push(values) - 1, 0, values.length);
    // While a bulk load is unsorted, the next settle sorts this one in with it.
    if (this.unsorted) return;
    for (const value of values) {
      const slots = this.recent.get(value);
      if (slots) slots.push(slot);
      else this.recent.set(value, [slot]);
    }
    this.recentCount += values.length;
    if (this.recentCount > Math.max(mergeAfter, this.sortedValues.length / 4)) this.merge();
  }

  /**
   * Adds many sketches at once, as a packed row holds them: `sizes[i]` values of `values` for
   * `ids[i]`, in order (later ones replace earlier ones of the same article). The values are
   * kept in `values`, not copied, and sorted in at the next `settle` (or lookup).
   */
  addMany(ids: readonly string[], sizes: ArrayLike<number>, values: Uint32Array): void {
    const block = this.blocks.push(values) - 1;
    let at = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? '';
      const size = sizes[i] ?? 0;
      this.forget(id);
      if (size > 0) {
        this.place(id, block, at, size);
        this.unsorted = true;
      }
      at += size;
    }
  }

  /** Leaves an article out from now on (deleted from the archive). */
  forget(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    // Its values stay in the sorted arrays until the next merge; the slot no longer answers.
    this.slotSize[slot] = 0;
  }

  /** The sketch an article was added with, if it is held. */
  sketchOf(id: string): Uint32Array | undefined {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return undefined;
    const start = this.slotStart[slot] ?? 0;
    return this.blocks[this.slotBlock[slot] ?? 0]?.subarray(
      start,
      start + (this.slotSize[slot] ?? 0),
    );
  }

  /**
   * The articles sharing at least SKETCH_MATCHES_NEEDED values with `sketch`, most shared first
   * (ties by id), leaving out those `exclude` names.
   */
  matches(sketch: ArrayLike<number>, exclude: (id: string) => boolean): SketchMatch[] {
    // A bulk load not yet sorted in (recent single additions are looked up in their map).
    if (this.unsorted) this.merge();
    // Counted by slot (a number, no string lookups per visit: at 100,000 articles a value is
    // shared by many); a replaced or forgotten slot holds no values and is passed over.
    const hits = new Map<number, number>();
    const countedFor = new Map<number, number>();
    const values = new Set(Array.from(sketch, (v) => v >>> 0));
    let asked = 0;
    for (const value of values) {
      asked++;
      this.eachSlot(value, (slot) => {
        // An article counts once per value, however often its sketch holds it.
        if (this.slotSize[slot] === 0 || countedFor.get(slot) === asked) return;
        countedFor.set(slot, asked);
        hits.set(slot, (hits.get(slot) ?? 0) + 1);
      });
    }
    const found: SketchMatch[] = [];
    for (const [slot, shared] of hits) {
      const id = this.ids[slot];
      if (shared >= SKETCH_MATCHES_NEEDED && id !== undefined && !exclude(id))
        found.push({ id, shared });
    }
    return found.sort((x, y) => y.shared - x.shared || (x.id < y.id ? -1 : 1));
  }

  private eachSlot(value: number, visit: (slot: number) => void): void {
    const values = this.sortedValues;
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((values[mid] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < values.length && values[i] === value; i++) visit(this.sortedSlots[i] ?? 0);
    for (const slot of this.recent.get(value) ?? []) visit(slot);
  }

  /** Sorts every live article's values together (replaced and forgotten slots dropped). */
  private merge(): void {
    finished(this.mergeSteps());
  }

  /** merge in steps: the values gathered a few slots at a time, then the sort's passes. */
  private *mergeSteps(): Generator<void, void, void> {
    const slotCount = this.ids.length;
    const sizes = this.slotSize;
    let count = 0;
    for (let slot = 0; slot < slotCount; slot++) count += sizes[slot] ?? 0;
    const values = new Uint32Array(count);
    const slots = new Uint32Array(count);
    let at = 0;
    for (let slot = 0; slot < slotCount; slot++) {
      if (slot % gatherSlots === gatherSlots - 1) yield;
      const size = sizes[slot] ?? 0;
      if (size === 0) continue;
      const block = this.blocks[this.slotBlock[slot] ?? 0];
      const start = this.slotStart[slot] ?? 0;
      if (!block) continue;
      // Copied value by value: a view per slot cost as much as the copy (100,000 of them).
      for (let i = 0; i < size; i++) {
        values[at] = block[start + i] ?? 0;
        slots[at++] = slot;
      }
    }
    const sorted = yield* radixSortPairsInSteps(values, slots);
    this.sortedValues = sorted.keys;
    this.sortedSlots = sorted.values;
    this.recent = new Map();
    this.recentCount = 0;
    this.unsorted = false;
  }

  /** Sorts everything added so far (call after a bulk load, so lookups search sorted arrays). */
  settle(): void {
    finished(this.settleSteps());
  }

  /**
   * settle in steps (a radix pass over 100,000 articles' values is some tens of ms), for a
   * caller that pauses between them (the archive's load does, while an import writes). Nothing
   * may add to the table or ask it between two steps: the sort works on what it held at first.
   */
  *settleSteps(): Generator<void, void, void> {
    if (this.recentCount > 0 || this.unsorted) yield* this.mergeSteps();
  }
}
