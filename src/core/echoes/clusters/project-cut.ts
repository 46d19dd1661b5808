import { BAND, countMatches } from '../extend';

/** Tokens compared on each side of a cut to find where it falls on the other side. */
const WINDOW = 8;
/** How far from the straight line between the corners the cut is looked for (countMatches' band). */
const DRIFT = 2 * BAND;

/** A token range [start, end) of one document. */
export interface TokenRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Where position `at` of range `r` (tokens `from`) falls in the range `q` it was aligned with
 * (tokens `to`): the place near the straight line between the two ranges' corners (the line the
 * banded alignment follows) where the WINDOW tokens before and after match those around `at`
 * best, the nearest to the line on a tie. Constant work per cut: at most 2·DRIFT + 1 places,
 * each two WINDOW × WINDOW counts.
 */
export function projectCut(
  from: Uint32Array,
  r: TokenRange,
  at: number,
  to: Uint32Array,
  q: TokenRange,
): number {
  const lr = r.end - r.start;
  const lq = q.end - q.start;
  if (lr <= 0 || lq <= 0) return q.start;
  const line = q.start + Math.round(((at - r.start) * lq) / lr);
  const lo = Math.max(q.start, line - DRIFT);
  const hi = Math.min(q.end, line + DRIFT);
  const b0 = Math.max(r.start, at - WINDOW);
  const a1 = Math.min(r.end, at + WINDOW);
  // Outwards from the line: an exact copy matches every token at or next to it, and the search
  // stops there; an edited one looks at every place in the band.
  const perfect = at - b0 + (a1 - at);
  let best = Math.min(hi, Math.max(lo, line));
  let bestScore = -1;
  for (let step = 0; step <= 2 * DRIFT + 1 && bestScore < perfect; step++) {
    const c = line + (step & 1 ? (step + 1) >> 1 : -(step >> 1));
    if (c < lo || c > hi) continue;
    const before = countMatches(from, b0, at, to, Math.max(q.start, c - WINDOW), c);
    const after = countMatches(from, at, a1, to, c, Math.min(q.end, c + WINDOW));
    // Nearest the line on a tie: places come in order of distance from it.
    if (before + after > bestScore) {
      best = c;
      bestScore = before + after;
    }
  }
  return best;
}
