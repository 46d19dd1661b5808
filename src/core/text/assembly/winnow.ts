// AssemblyScript (see tokenise.ts): winnowShared (../../echoes/winnow.ts) step for step.

import { HASHES, KGRAMS, MARKS, POSITIONS, count } from './layout';

const BASE: u32 = 0x9e3779b1;

@inline
function mix32(x: u32): u32 {
  let h = (x ^ (x >>> 16)) * 0x85ebca6b;
  h = (h ^ (h >>> 13)) * 0xc2b2ae35;
  return h ^ (h >>> 16);
}

@inline
function kgramAt(p: i32): u32 {
  return load<u32>(KGRAMS + 4 * <usize>p);
}

/**
 * winnowShared (../../echoes/winnow.ts) of the last tokenise's term hashes, step for step: the
 * marks go to marksAt/positionsAt; returns how many.
 */
export function winnow(k: i32, w: i32): i32 {
  const grams = count - k + 1;
  if (grams <= 0) return 0;
  if (k == 4 && w == 4 && grams >= 4) return winnow44(grams);
  let top: u32 = 1;
  for (let j = 1; j < k; j++) top *= BASE;
  let rolling: u32 = 0;
  for (let j = 0; j < k; j++) rolling = rolling * BASE + load<u32>(HASHES + 4 * <usize>j);
  store<u32>(KGRAMS, mix32(rolling));
  for (let p = 1; p < grams; p++) {
    rolling -= load<u32>(HASHES + 4 * <usize>(p - 1)) * top;
    rolling = rolling * BASE + load<u32>(HASHES + 4 * <usize>(p + k - 1));
    store<u32>(KGRAMS + 4 * <usize>p, mix32(rolling));
  }
  const window = w < grams ? w : grams;
  let kept = 0;
  let min = -1;
  for (let end = window - 1; end < grams; end++) {
    const from = end - window + 1;
    if (min < from) {
      min = from;
      for (let p = from + 1; p <= end; p++) if (kgramAt(p) <= kgramAt(min)) min = p;
    } else if (kgramAt(end) <= kgramAt(min)) min = end;
    else continue;
    store<u32>(MARKS + 4 * <usize>kept, kgramAt(min));
    store<u32>(POSITIONS + 4 * <usize>kept, <u32>min);
    kept++;
  }
  return kept;
}

/**
 * winnow(4, 4), the archive's k and w, without a branch the data decides: each k-gram's hash
 * from its four term hashes at once (h0·B³ + h1·B² + h2·B + h3, what the rolling hash keeps,
 * exactly, in 32-bit arithmetic, but no chain of multiplies from one k-gram to the next), each
 * window's rightmost minimum by selects (the incremental search's choice: the minimum it keeps
 * is always the window's rightmost), and a mark kept when that choice moves.
 */
function winnow44(grams: i32): i32 {
  const b1 = BASE;
  const b2 = b1 * BASE;
  const b3 = b2 * BASE;
  let h0 = load<u32>(HASHES);
  let h1 = load<u32>(HASHES, 4);
  let h2 = load<u32>(HASHES, 8);
  let g0 = mix32(h0 * b3 + h1 * b2 + h2 * b1 + load<u32>(HASHES, 12));
  h0 = h1;
  h1 = h2;
  h2 = load<u32>(HASHES, 12);
  let h3 = load<u32>(HASHES, 16);
  let g1 = mix32(h0 * b3 + h1 * b2 + h2 * b1 + h3);
  h0 = h1;
  h1 = h2;
  h2 = h3;
  h3 = load<u32>(HASHES, 20);
  let g2 = mix32(h0 * b3 + h1 * b2 + h2 * b1 + h3);
  let kept = 0;
  let previous = -1;
  for (let end = 3; end < grams; end++) {
    h0 = h1;
    h1 = h2;
    h2 = h3;
    h3 = load<u32>(HASHES + 4 * <usize>(end + 3));
    const g3 = mix32(h0 * b3 + h1 * b2 + h2 * b1 + h3);
    // The rightmost minimum of g0..g3 (positions end − 3 .. end).
    let min = g0;
    let at = end - 3;
    const take1 = g1 <= min;
    min = select<u32>(g1, min, take1);
    at = select<i32>(end - 2, at, take1);
    const take2 = g2 <= min;
    min = select<u32>(g2, min, take2);
    at = select<i32>(end - 1, at, take2);
    const take3 = g3 <= min;
    min = select<u32>(g3, min, take3);
    at = select<i32>(end, at, take3);
    store<u32>(MARKS + 4 * <usize>kept, min);
    store<u32>(POSITIONS + 4 * <usize>kept, <u32>at);
    kept += i32(at != previous);
    previous = at;
    g0 = g1;
    g1 = g2;
    g2 = g3;
  }
  return kept;
}
