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
