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

/** Above this many seeds a pair's open chains are found by diagonal bucket, not by a list scan. */
const SMALL_GROUP = 64;

/**
 * Chain the seeds of one document pair (sorted by position in a): each seed joins the open chain
 * whose last seed is close before it and whose diagonal differs least (within the band), so seeds
 * separated by edits become one chain rather than fragments. Ties go to the older chain.
 */
export function chainSeeds(
  posA: Uint32Array,
  posB: Uint32Array,
  from: number,
  to: number,
): Chain[] {
  const chains = new ChainSet();
  const open = to - from > SMALL_GROUP ? new BucketedOpen(chains) : new ListOpen(chains);
  for (let s = from; s < to; s++) {
    const pa = posA[s] ?? 0;
    const pb = posB[s] ?? 0;
    const best = open.best(pa, pb);
    if (best >= 0) open.extend(best, pa, pb);
    else open.add(chains.start(pa, pb));
  }
  return chains.list();
}

class ChainSet {
  readonly firstA: number[] = [];
  readonly firstB: number[] = [];
  readonly lastA: number[] = [];
  readonly lastB: number[] = [];

  start(pa: number, pb: number): number {
    this.firstA.push(pa);
    this.firstB.push(pb);
    this.lastA.push(pa);
    this.lastB.push(pb);
    return this.firstA.length - 1;
  }

  /** The drift of seed (pa, pb) from chain c, or −1 when the seed cannot extend it. */
  drift(c: number, pa: number, pb: number): number {
    const la = this.lastA[c] ?? 0;
    const lb = this.lastB[c] ?? 0;
    if (pa <= la || pb <= lb || pb - lb > MAX_GAP + BAND) return -1;
    const drift = Math.abs(pb - pa - (lb - la));
    return drift <= BAND ? drift : -1;
  }

  expired(c: number, pa: number): boolean {
    return pa - (this.lastA[c] ?? 0) > MAX_GAP;
  }

  list(): Chain[] {
    return this.firstA.map((fa, c) => ({
      firstA: fa,
      firstB: this.firstB[c] ?? 0,
      lastA: this.lastA[c] ?? 0,
      lastB: this.lastB[c] ?? 0,
    }));
  }
}

// The open chains as one list: cheapest for the few seeds most document pairs have.
class ListOpen {
  private open: number[] = [];
  constructor(private readonly chains: ChainSet) {}

  best(pa: number, pb: number): number {
    let best = -1;
    let bestDrift = BAND + 1;
    const stillOpen: number[] = [];
    for (const c of this.open) {
      if (this.chains.expired(c, pa)) continue;
      stillOpen.push(c);
      const drift = this.chains.drift(c, pa, pb);
      if (drift >= 0 && drift < bestDrift) {
        best = c;
        bestDrift = drift;
      }
    }
    this.open = stillOpen;
    return best;
  }

  extend(c: number, pa: number, pb: number): void {
    this.chains.lastA[c] = pa;
    this.chains.lastB[c] = pb;
  }

  add(c: number): void {
    this.open.push(c);
  }
}

/**
 * The open chains by diagonal bucket (width BAND + 1), so a seed looks only at chains within the
 * band of its diagonal: a paragraph repeated a thousand times in one article gives a thousand
 * diagonals, and scanning them all for every seed would be quadratic.
 */
class BucketedOpen {
  private readonly buckets = new Map<number, number[]>();
  constructor(private readonly chains: ChainSet) {}

  best(pa: number, pb: number): number {
    const home = bucketOf(pb - pa);
    let best = -1;
    let bestDrift = BAND + 1;
    for (let k = home - 1; k <= home + 1; k++) {
      const list = this.buckets.get(k);
      if (!list) continue;
      let kept = 0;
      for (const c of list) {
        if (this.chains.expired(c, pa) || bucketOf(this.diagonal(c)) !== k) continue;
        list[kept++] = c;
        const drift = this.chains.drift(c, pa, pb);
        if (drift >= 0 && (drift < bestDrift || (drift === bestDrift && c < best))) {
          best = c;
          bestDrift = drift;
        }
      }
      list.length = kept;
      if (kept === 0) this.buckets.delete(k);
    }
    return best;
  }

  extend(c: number, pa: number, pb: number): void {
    const before = bucketOf(this.diagonal(c));
    this.chains.lastA[c] = pa;
    this.chains.lastB[c] = pb;
    if (bucketOf(this.diagonal(c)) !== before) this.add(c);
  }

  add(c: number): void {
    const k = bucketOf(this.diagonal(c));
    const list = this.buckets.get(k);
    if (list) list.push(c);
    else this.buckets.set(k, [c]);
  }

  private diagonal(c: number): number {
    return (this.chains.lastB[c] ?? 0) - (this.chains.lastA[c] ?? 0);
  }
}

function bucketOf(diagonal: number): number {
  return Math.floor(diagonal / (BAND + 1));
}
