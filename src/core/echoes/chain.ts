import { BAND } from './extend';

/** Largest gap, in tokens, between consecutive seeds of one chain. */
export const MAX_GAP = 24;

/** A run of seeds along roughly one diagonal: the first and last seed positions on each side. */
export interface Chain {
  readonly firstA: number;
  readonly firstB: number;
  readonly lastA: number;
  readonly lastB: number;
}

/**
 * Chain the seeds of one document pair (sorted by position in a): each seed joins the open chain
 * whose last seed is close before it and whose diagonal differs least (within the band), so seeds
 * separated by edits become one chain rather than fragments.
 */
export function chainSeeds(
  posA: Uint32Array,
  posB: Uint32Array,
  from: number,
  to: number,
): Chain[] {
  const firstA: number[] = [];
  const firstB: number[] = [];
  const lastA: number[] = [];
  const lastB: number[] = [];
  let open: number[] = [];
  for (let s = from; s < to; s++) {
    const pa = posA[s] ?? 0;
    const pb = posB[s] ?? 0;
    let best = -1;
    let bestDrift = BAND + 1;
    const stillOpen: number[] = [];
    for (const c of open) {
      const la = lastA[c] ?? 0;
      const lb = lastB[c] ?? 0;
      if (pa - la > MAX_GAP) continue;
      stillOpen.push(c);
      if (pa <= la || pb <= lb || pb - lb > MAX_GAP + BAND) continue;
      const drift = Math.abs(pb - pa - (lb - la));
      if (drift < bestDrift) {
        best = c;
        bestDrift = drift;
      }
    }
    open = stillOpen;
    if (best >= 0) {
      lastA[best] = pa;
      lastB[best] = pb;
    } else {
      open.push(firstA.length);
      firstA.push(pa);
      firstB.push(pb);
      lastA.push(pa);
      lastB.push(pb);
    }
  }
  return firstA.map((fa, c) => ({
    firstA: fa,
    firstB: firstB[c] ?? 0,
    lastA: lastA[c] ?? 0,
    lastB: lastB[c] ?? 0,
  }));
}
