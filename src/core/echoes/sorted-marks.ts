import type { Fingerprints } from './fingerprint';
import { radixSortPairs } from './radix-sort';

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
  const order = new Uint32Array(total);
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
  for (let i = 0; i < total; i++) order[i] = i;
  const sorted = radixSortPairs(keys, order);
  const docs = new Uint32Array(total);
  const positions = new Uint32Array(total);
  for (let i = 0; i < total; i++) {
    const from = sorted.values[i] ?? 0;
    docs[i] = docOf[from] ?? 0;
    positions[i] = posOf[from] ?? 0;
  }
  return { hashes: sorted.keys, docs, positions };
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
