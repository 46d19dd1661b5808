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
  const marks = winnowShared(terms, count, k, w);
  return { hashes: marks.hashes.slice(), positions: marks.positions.slice() };
}

/**
 * winnow without the copies: the marks are views of scratch arrays shared by every call, valid
 * until the next call, for a caller that copies them anyway (an archive-wide scan appends each
 * text's marks to its own arrays, and 100,000 texts would otherwise allocate 200,000 arrays).
 */
export function winnowShared(terms: Uint32Array, count: number, k: number, w: number): Marks {
  const grams = count - k + 1;
  if (grams <= 0) return { hashes: new Uint32Array(0), positions: new Uint32Array(0) };
  const kgram = scratchFor(grams);
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
  return selectMinima(kgram, grams, Math.min(w, grams));
}

// Scratch arrays shared by every call (k-gram hashes, and the marks before they are copied out):
// an archive of 100,000 texts would otherwise allocate three arrays a text to throw away.
let scratch = {
  kgram: new Uint32Array(1024),
  hashes: new Uint32Array(1024),
  positions: new Uint32Array(1024),
};

function scratchFor(grams: number): Uint32Array {
  if (scratch.kgram.length < grams) {
    const size = Math.max(grams, scratch.kgram.length * 2);
    scratch = {
      kgram: new Uint32Array(size),
      hashes: new Uint32Array(size),
      positions: new Uint32Array(size),
    };
  }
  return scratch.kgram;
}

function selectMinima(kgram: Uint32Array, grams: number, w: number): Marks {
  // At most one mark per k-gram, so the scratch arrays (as long as kgram) never overflow.
  const { hashes, positions } = scratch;
  let kept = 0;
  let min = -1;
  for (let end = w - 1; end < grams; end++) {
    const from = end - w + 1;
    if (min < from) {
      min = from;
      for (let p = from + 1; p <= end; p++) if ((kgram[p] ?? 0) <= (kgram[min] ?? 0)) min = p;
    } else if ((kgram[end] ?? 0) <= (kgram[min] ?? 0)) min = end;
    else continue;
    hashes[kept] = kgram[min] ?? 0;
    positions[kept] = min;
    kept++;
  }
  return { hashes: hashes.subarray(0, kept), positions: positions.subarray(0, kept) };
}
