/** 32-bit hashes for normalised terms and word k-grams. */

/** FNV-1a offset basis: the hash of the empty term. */
export const FNV_OFFSET = 0x811c9dc5;

/** Feed one code unit into an FNV-1a hash. */
export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193) >>> 0;
}

/** FNV-1a over the UTF-16 code units of a term (already normalised). */
export function hashTerm(term: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < term.length; i++) h = fnvStep(h, term.charCodeAt(i));
  return h >>> 0;
}

/** Murmur3's finaliser: spreads the bits of a rolling hash so winnowing minima are unbiased. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
