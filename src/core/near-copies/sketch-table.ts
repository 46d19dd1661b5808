import { radixSortPairs } from '../echoes/radix-sort';
import { SKETCH_MATCHES_NEEDED } from './sketch';

/** An article that shares sketch values with the one asked about, and how many. */
export interface SketchMatch {
  readonly id: string;
  readonly shared: number;
}

const none = new Uint32Array(0);

/** Additions kept beside the sorted arrays before they are merged in (a re-sort). */
const mergeAfter = 50_000;

/**
 * Every archived article's near-copy sketch, in memory: the sketch values sorted (typed arrays,
 * ~8 bytes a value, 13 MB at 100,000 articles) with the slot of the article each came from, plus
 * the values added since the last sort in a map. It answers which articles share values with a
 * sketch without asking IndexedDB, whose multi-entry index grew slower with the archive and
 * queued behind the import's writes. An article's newer sketch replaces its older one; an
 * article that is gone is removed by `forget` (the caller checks candidates against the archive).
 */
export class SketchTable {
  private readonly ids: string[] = [];
  private readonly sketches: Uint32Array[] = [];
  private readonly slotOf = new Map<string, number>();
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

  /** Adds (or replaces) an article's sketch; an empty sketch only removes the old one. */
  add(id: string, sketch: ArrayLike<number>): void {
    this.forget(id);
    if (sketch.length === 0) return;
    const slot = this.ids.length;
    const values = Uint32Array.from(sketch);
    this.ids.push(id);
    this.sketches.push(values);
    this.slotOf.set(id, slot);
    // While a bulk load is unsorted, the next settle sorts this one in with it.
    if (this.unsorted) return;
    for (const value of values) {
      const slots = this.recent.get(value);
      if (slots) slots.push(slot);
      else this.recent.set(value, [slot]);
    }
    this.recentCount += sketch.length;
    if (this.recentCount > Math.max(mergeAfter, this.sortedValues.length / 4)) this.merge();
  }

  /**
   * Adds many sketches at once, as a packed row holds them: `sizes[i]` values of `values` for
   * `ids[i]`, in order (later ones replace earlier ones of the same article). The values are
   * kept as views of `values`, not copied, and sorted in at the next `settle` (or lookup).
   */
  addMany(ids: readonly string[], sizes: ArrayLike<number>, values: Uint32Array): void {
    let at = 0;
    for (const [i, id] of ids.entries()) {
      const size = sizes[i] ?? 0;
      this.forget(id);
      if (size > 0) {
        this.slotOf.set(id, this.ids.length);
        this.ids.push(id);
        this.sketches.push(values.subarray(at, at + size));
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
    this.sketches[slot] = none;
  }

  /** The sketch an article was added with, if it is held. */
  sketchOf(id: string): Uint32Array | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.sketches[slot];
  }

  /**
   * The articles sharing at least SKETCH_MATCHES_NEEDED values with `sketch`, most shared first
   * (ties by id), leaving out those `exclude` names.
   */
  matches(sketch: ArrayLike<number>, exclude: (id: string) => boolean): SketchMatch[] {
    // A bulk load not yet sorted in (recent single additions are looked up in their map).
    if (this.unsorted) this.merge();
    const hits = new Map<string, number>();
    for (const value of new Set(Array.from(sketch, (v) => v >>> 0))) {
      const seen = new Set<string>();
      this.eachSlot(value, (slot) => {
        const id = this.ids[slot];
        // A slot an article's newer sketch replaced, or an article forgotten, no longer counts.
        if (id === undefined || this.slotOf.get(id) !== slot || seen.has(id) || exclude(id)) return;
        seen.add(id);
        hits.set(id, (hits.get(id) ?? 0) + 1);
      });
    }
    return [...hits]
      .filter(([, shared]) => shared >= SKETCH_MATCHES_NEEDED)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .map(([id, shared]) => ({ id, shared }));
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
    let count = 0;
    for (const slot of this.slotOf.values()) count += this.sketches[slot]?.length ?? 0;
    const values = new Uint32Array(count);
    const slots = new Uint32Array(count);
    let at = 0;
    for (const slot of this.slotOf.values())
      for (const value of this.sketches[slot] ?? []) {
        values[at] = value;
        slots[at++] = slot;
      }
    const sorted = radixSortPairs(values, slots);
    this.sortedValues = sorted.keys;
    this.sortedSlots = sorted.values;
    this.recent = new Map();
    this.recentCount = 0;
    this.unsorted = false;
  }

  /** Sorts everything added so far (call after a bulk load, so lookups search sorted arrays). */
  settle(): void {
    if (this.recentCount > 0 || this.unsorted) this.merge();
  }
}
