/** Values in a near-copy sketch: one minimum per hash function (MinHash). */
export const SKETCH_SIZE = 16;

/** Sketch values two texts must share before the engine is asked to compare them. */
export const SKETCH_MATCHES_NEEDED = 2;

// Odd constants that seed the SKETCH_SIZE hash functions (from the golden ratio, then mixed).
const seeds = Uint32Array.from({ length: SKETCH_SIZE }, (_, i) => mix((i + 1) * 0x9e3779b9));

/** A 32-bit finaliser (murmur3's fmix32): spreads nearby inputs over the whole range. */
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A MinHash sketch of a text's winnowed k-gram hashes (the engine's `marks`): for each of
 * SKETCH_SIZE hash functions, the smallest hash of any mark, tagged with the function's number so
 * values from different functions never meet. Two texts share each value with a probability equal
 * to the Jaccard similarity of their mark sets, so a near copy shares most of them while unrelated
 * texts share almost none: stored in a multi-entry index, the sketch finds candidates without
 * reading every archived fingerprint. Empty for a text too short to have marks.
 */
export function sketchMarks(marks: Uint32Array): number[] {
  if (marks.length === 0) return [];
  const mins = new Uint32Array(SKETCH_SIZE).fill(0xffffffff);
  for (const mark of marks) {
    for (let i = 0; i < SKETCH_SIZE; i++) {
      const h = mix(mark ^ (seeds[i] ?? 0));
      if (h < (mins[i] ?? 0)) mins[i] = h;
    }
  }
  // Tag each minimum with its function: equal minima of different functions mean nothing.
  return Array.from(mins, (min, i) => mix(min + Math.imul(i + 1, 0x27d4eb2d)));
}
