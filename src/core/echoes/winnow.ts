import { mix32 } from '../text/hash';

/** Polynomial base for rolling k-gram hashes (odd, so multiplication mod 2^32 is invertible). */
const BASE = 0x9e3779b1;

/** Marks chosen by winnowing: k-gram hashes and the token index where each k-gram starts. */
export interface Marks {
  readonly hashes: Uint32Array;
  readonly positions: Uint32Array;
}

/**
 * Hash every run of `k` consecutive terms (rolling, mod 2^32), then keep the rightmost minimum
 * of each window of `w` k-grams (Schleimer, Wilkerson & Aiken 2003): any shared run of at least
 * w + k − 1 terms is guaranteed to share a mark, while only about 2/(w+1) of k-grams are kept.
 */
export function winnow(terms: Uint32Array, count: number, k: number, w: number): Marks {
  const grams = count - k + 1;
  if (grams <= 0) return { hashes: new Uint32Array(0), positions: new Uint32Array(0) };
  const kgram = new Uint32Array(grams);
  let top = 1;
  for (let j = 1; j < k; j++) top = Math.imul(top, BASE);
  let rolling = 0;
  for (let j = 0; j < k; j++) rolling = (Math.imul(rolling, BASE) + (terms[j] ?? 0)) | 0;
  kgram[0] = mix32(rolling);
  for (let p = 1; p < grams; p++) {
    rolling = (rolling - Math.imul(terms[p - 1] ?? 0, top)) | 0;
    rolling = (Math.imul(rolling, BASE) + (terms[p + k - 1] ?? 0)) | 0;
    kgram[p] = mix32(rolling);
  }
  return selectMinima(kgram, Math.min(w, grams));
}

function selectMinima(kgram: Uint32Array, w: number): Marks {
  const hashes = new Uint32Array(Math.ceil((kgram.length * 2) / (w + 1)) + 4);
  const positions = new Uint32Array(hashes.length);
  let kept = 0;
  let hashesOut: Uint32Array = hashes;
  let positionsOut: Uint32Array = positions;
  let min = -1;
  for (let end = w - 1; end < kgram.length; end++) {
    const from = end - w + 1;
    if (min < from) {
      min = from;
      for (let p = from + 1; p <= end; p++) if ((kgram[p] ?? 0) <= (kgram[min] ?? 0)) min = p;
    } else if ((kgram[end] ?? 0) <= (kgram[min] ?? 0)) min = end;
    else continue;
    if (kept === hashesOut.length) {
      hashesOut = grow(hashesOut);
      positionsOut = grow(positionsOut);
    }
    hashesOut[kept] = kgram[min] ?? 0;
    positionsOut[kept] = min;
    kept++;
  }
  return { hashes: hashesOut.slice(0, kept), positions: positionsOut.slice(0, kept) };
}

function grow(a: Uint32Array): Uint32Array {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}
