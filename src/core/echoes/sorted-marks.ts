import type { Fingerprints } from './fingerprint';
import { radixSortCarrying, sortOrder } from './radix-sort';

/** Every mark of an index as three parallel arrays sorted by hash (then document, position). */
export interface SortedMarks {
  readonly hashes: Uint32Array;
  readonly docs: Uint32Array;
  readonly positions: Uint32Array;
}

/** Concatenate the marks of live documents (in document order) and radix-sort them by hash. */
export function sortMarks(fps: readonly (Fingerprints | undefined)[]): SortedMarks {
  let total = 0;
  for (const fp of fps) total += fp?.marks.length ?? 0;
  const keys = new Uint32Array(total);
  const docOf = new Uint32Array(total);
  const posOf = new Uint32Array(total);
  let at = 0;
  fps.forEach((fp, doc) => {
    if (!fp) return;
    keys.set(fp.marks, at);
    posOf.set(fp.markPositions, at);
    docOf.fill(doc, at, at + fp.marks.length);
    at += fp.marks.length;
  });
  return sortMarkArrays(keys, docOf, posOf);
}

/**
 * Sort marks given as parallel arrays (hash, document, position; in document order) by hash,
 * stably. The input arrays are used as scratch space.
 */
export function sortMarkArrays(
  keys: Uint32Array,
  docOf: Uint32Array,
  posOf: Uint32Array,
): SortedMarks {
  if (keys.length < 4096) {
    const order = sortOrder(keys);
    return {
      hashes: Uint32Array.from(order, (i) => keys[i] ?? 0),
      docs: Uint32Array.from(order, (i) => docOf[i] ?? 0),
      positions: Uint32Array.from(order, (i) => posOf[i] ?? 0),
    };
  }
  const sorted = radixSortCarrying(keys, docOf, posOf);
  return { hashes: sorted.keys, docs: sorted.a, positions: sorted.b };
}

/** Index of the first entry with hash ≥ `hash` (binary search). */
export function lowerBound(hashes: Uint32Array, hash: number): number {
  let lo = 0;
  let hi = hashes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((hashes[mid] ?? 0) < hash) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
