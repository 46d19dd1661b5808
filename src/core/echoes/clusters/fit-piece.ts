/**
 * Most cells a piece may cost to fit into a representative: pieces are short stretches of a
 * copy, so this only stops a pathological pair (two long texts) from costing quadratic time.
 */
const MAX_CELLS = 400_000;

/** Where a piece's matches fall: tokens [r0, r1] of the representative and [p0, p1] of the piece. */
export interface PieceFit {
  readonly matches: number;
  readonly r0: number;
  readonly r1: number;
  readonly p0: number;
  readonly p1: number;
}

/**
 * Fit a short piece anywhere inside a representative (LCS of the piece against the whole
 * representative, with one optimal alignment traced back to find the first and last matched
 * tokens on both sides). The banded count cannot do this: it assumes both ranges start and end
 * together, and a piece is the start, middle or end of a copy. Undefined when the pair is too
 * large to fit in bounded time or nothing matches.
 */
export function fitPiece(
  rep: Uint32Array,
  r0: number,
  r1: number,
  piece: Uint32Array,
  p0: number,
  p1: number,
): PieceFit | undefined {
  const lr = r1 - r0;
  const lp = p1 - p0;
  if (lr <= 0 || lp <= 0 || lr * lp > MAX_CELLS) return undefined;
  const w = lr + 1;
  const dp = new Uint16Array((lp + 1) * w);
  for (let i = 1; i <= lp; i++) {
    const t = piece[p0 + i - 1];
    const row = i * w;
    const up = row - w;
    for (let j = 1; j <= lr; j++) {
      const diag = (dp[up + j - 1] ?? 0) + (rep[r0 + j - 1] === t ? 1 : 0);
      const a = dp[up + j] ?? 0;
      const b = dp[row + j - 1] ?? 0;
      dp[row + j] = diag > a ? (diag > b ? diag : b) : a > b ? a : b;
    }
  }
  const matches = dp[lp * w + lr] ?? 0;
  if (matches === 0) return undefined;
  let i = lp;
  let j = lr;
  let first: [number, number] = [0, 0];
  let last: [number, number] | undefined;
  while (i > 0 && j > 0) {
    const here = dp[i * w + j] ?? 0;
    if (piece[p0 + i - 1] === rep[r0 + j - 1] && (dp[(i - 1) * w + j - 1] ?? 0) + 1 === here) {
      first = [i - 1, j - 1];
      last ??= [i - 1, j - 1];
      i--;
      j--;
    } else if ((dp[(i - 1) * w + j] ?? 0) === here) i--;
    else j--;
  }
  const [lastP, lastR] = last ?? first;
  return { matches, r0: r0 + first[1], r1: r0 + lastR, p0: p0 + first[0], p1: p0 + lastP };
}
