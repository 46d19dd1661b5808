/** Banded word alignments over term hashes: X-drop extension and a banded match count. */

const NEG = -1 << 28;
/** A match outweighs one edit, so "Sundays" → "Mondays and Fridays" followed by matches is bridged. */
const MATCH = 2;
/** Half-width of the band, in tokens of drift between the two sides. */
export const BAND = 8;

// Reused between calls: extension runs for every candidate pair of an archive-wide scan.
const rowOne = new Int32Array(2 * BAND + 1);
const rowTwo = new Int32Array(2 * BAND + 1);

/** How far an alignment reaches from a starting point, in tokens on each side. */
export interface Reach {
  readonly a: number;
  readonly b: number;
}

/**
 * Extend an alignment from a.at/b.at forwards (dir 1) or backwards (dir −1) over at most
 * `limitA`/`limitB` tokens, scoring +2 a match and −1 a substitution, insertion or deletion, and
 * stop once every cell in the band has fallen `xDrop` below the best score seen (BLAST's X-drop).
 * Returns the reach at the best score, so an alignment ends on a match, not on noise.
 */
export function extendXDrop(
  ha: Uint32Array,
  aAt: number,
  limitA: number,
  hb: Uint32Array,
  bAt: number,
  limitB: number,
  dir: 1 | -1,
  xDrop: number,
): Reach {
  const width = 2 * BAND + 1;
  let prev = rowOne.fill(NEG);
  let cur = rowTwo.fill(NEG);
  for (let j = 0; j <= Math.min(BAND, limitB); j++) prev[j + BAND] = -j;
  let best = 0;
  let bestA = 0;
  let bestB = 0;
  for (let i = 1; i <= limitA; i++) {
    const ta = ha[dir === 1 ? aAt + i - 1 : aAt - i] ?? 0;
    let rowMax = NEG;
    for (let d = 0; d < width; d++) {
      const j = i + d - BAND;
      if (j < 0 || j > limitB) {
        cur[d] = NEG;
        continue;
      }
      let h = (prev[d + 1] ?? NEG) - 1;
      if (j > 0) {
        const tb = hb[dir === 1 ? bAt + j - 1 : bAt - j] ?? 0;
        const diag = (prev[d] ?? NEG) + (ta === tb ? MATCH : -1);
        const left = (d > 0 ? (cur[d - 1] ?? NEG) : NEG) - 1;
        h = Math.max(h, diag, left);
      }
      cur[d] = h;
      if (h > rowMax) rowMax = h;
      if (h > best) {
        best = h;
        bestA = i;
        bestB = j;
      }
    }
    if (rowMax < best - xDrop) break;
    [prev, cur] = [cur, prev];
  }
  return { a: bestA, b: bestB };
}

// Rows of countMatches, reused (cleared per call): it runs for every aligned region of a scan.
// Rows longer than KEEP_ROWS (a whole 5 MB text aligned) are not kept after the call.
const KEEP_ROWS = 1 << 16;
let rowsA = new Int32Array(1024);
let rowsB = new Int32Array(1024);

/**
 * Count the matched tokens of the best alignment of a[a0, a1) with b[b0, b1) (LCS), within a
 * band around the straight line between the corners: linear in length for the drift echoes have.
 */
export function countMatches(
  ha: Uint32Array,
  a0: number,
  a1: number,
  hb: Uint32Array,
  b0: number,
  b1: number,
): number {
  const la = a1 - a0;
  const lb = b1 - b0;
  if (la <= 0 || lb <= 0) return 0;
  const half = BAND * 2;
  if (rowsA.length <= lb && lb < KEEP_ROWS) {
    rowsA = new Int32Array(2 * lb + 2);
    rowsB = new Int32Array(2 * lb + 2);
  }
  const reuse = rowsA.length > lb;
  let prev = reuse ? rowsA.fill(0, 0, lb + 1) : new Int32Array(lb + 1);
  let cur = reuse ? rowsB.fill(0, 0, lb + 1) : new Int32Array(lb + 1);
  for (let i = 1; i <= la; i++) {
    const centre = Math.round((i * lb) / la);
    const lo = Math.max(1, centre - half);
    const hi = Math.min(lb, centre + half);
    const ta = ha[a0 + i - 1] ?? 0;
    cur[lo - 1] = prev[lo - 1] ?? 0;
    for (let j = lo; j <= hi; j++) {
      const up = prev[j] ?? 0;
      const left = cur[j - 1] ?? 0;
      const diag = (prev[j - 1] ?? 0) + (ta === (hb[b0 + j - 1] ?? 0) ? 1 : 0);
      cur[j] = up > left ? (up > diag ? up : diag) : left > diag ? left : diag;
    }
    for (let j = hi + 1; j <= Math.min(lb, hi + 1); j++) cur[j] = cur[hi] ?? 0;
    [prev, cur] = [cur, prev];
  }
  let best = 0;
  for (let j = 0; j <= lb; j++) if ((prev[j] ?? 0) > best) best = prev[j] ?? 0;
  return best;
}
