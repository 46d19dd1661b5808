import { PARAGRAPH_AFTER } from '../text/token-flags';
import type { Chain } from './chain';
import { GRAM_TERMS } from './fingerprint';
import type { Region } from './regions';

/** Tokens either side of the chain's diagonal where the other side's break may fall. */
const SLACK = 2;

const breaks = (flags: Uint8Array, t: number): boolean => ((flags[t] ?? 0) & PARAGRAPH_AFTER) !== 0;

/** A paragraph break after a token of side b within SLACK of `guess` and inside [lo, hi]. */
function breakNear(flags: Uint8Array, guess: number, lo: number, hi: number): number {
  for (let d = 0; d <= SLACK; d++)
    for (const u of d === 0 ? [guess] : [guess - d, guess + d])
      if (u >= lo && u <= hi && breaks(flags, u)) return u;
  return -1;
}

/**
 * Cut a chain's extended region at a paragraph break both texts make at (nearly) the same place
 * when the words beyond it hold no whole seed k-gram: only the extension past the seeds, or the
 * tail of one k-gram that spans the break, joined them. An extension is there to cover the few
 * unmarked words at a copy's own end; across a break both texts share it joins the next
 * paragraph by chance ("the deep web.¶Izuku …" against "the web.¶Izuku …", which also share
 * the k-gram "web Izuku remembered how"), and a copy never needs it — its words past the break
 * carry seeds of their own. The region keeps the side with seeds (for a lone seed spanning the
 * break, the words after it: the start of a paragraph). Breaks inside the seeded stretch are
 * left alone, so a copy of several paragraphs stays one passage.
 */
export function cutAtSharedBreaks(fa: Uint8Array, fb: Uint8Array, r: Region, c: Chain): void {
  // Before the first whole k-gram: the last shared break moves the start past it.
  for (let t = Math.min(c.firstA + GRAM_TERMS - 2, r.a1 - 2); t >= r.a0; t--) {
    if (!breaks(fa, t)) continue;
    const u = breakNear(
      fb,
      t + c.firstB - c.firstA,
      r.b0,
      Math.min(c.firstB + GRAM_TERMS - 2, r.b1 - 2),
    );
    if (u < 0) continue;
    r.a0 = t + 1;
    r.b0 = u + 1;
    break;
  }
  // After the last whole k-gram: the first shared break ends the region.
  for (let t = Math.max(c.lastA, r.a0); t < r.a1 - 1; t++) {
    if (!breaks(fa, t)) continue;
    const u = breakNear(fb, t + c.lastB - c.lastA, Math.max(c.lastB, r.b0), r.b1 - 2);
    if (u < 0) continue;
    r.a1 = t + 1;
    r.b1 = u + 1;
    break;
  }
}
