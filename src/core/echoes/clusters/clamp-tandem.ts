import type { Region } from '../regions';

/** Regions whose a-sides start this close (tokens) share one centre copy. */
const SAME_START = 3;

/**
 * In one document, a copy aligned from the same centre to several later copies (a paragraph
 * printed back to back) is at most as long as the distance to the nearest of them: alignments of
 * repeated text run on into the next copy, and without this a copy would swallow its neighbour.
 * Regions are grouped by where their a-side starts (sorted sweep, linear); only groups of two or
 * more are clamped, so an ordinary repeat inside an article is never touched.
 */
export function clampTandem(regions: Region[]): void {
  regions.sort((x, y) => x.a0 - y.a0);
  for (let i = 0; i < regions.length;) {
    const first = regions[i] as Region;
    let j = i;
    let period = Infinity;
    while (j < regions.length && (regions[j] as Region).a0 - first.a0 <= SAME_START) {
      const r = regions[j] as Region;
      period = Math.min(period, r.b0 - r.a0);
      j++;
    }
    if (j - i >= 2)
      for (let k = i; k < j; k++) {
        const r = regions[k] as Region;
        r.a1 = Math.min(r.a1, r.a0 + period);
        r.b1 = Math.min(r.b1, r.b0 + period);
      }
    i = j;
  }
}
