import { ANY_EDGE, CONTINUES } from '../text/token-flags';
import type { Chain } from './chain';
import { BAND, extendXDrop } from './extend';
import type { Fingerprints } from './fingerprint';
import { GRAM_TERMS } from './fingerprint';
import { cutAtSharedBreaks } from './paragraph-stop';

/** How far below its best score an extension may fall before it stops. */
const X_DROP = 6;
/** A passage that starts or ends this many tokens from a clause edge is trimmed to the edge. */
export const EDGE_SLACK = 3;

/** Token ranges [a0, a1) and [b0, b1) of a candidate echo. */
export interface Region {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/**
 * Tokens an unbounded extension may run past its seeds once a pair's extensions have covered
 * both texts' length (the cluster scan's REACH, for the same reason: see lone-seed-check.ts).
 */
const SPENT_REACH = 8;
/**
 * How many times the two texts' length a pair's unbounded extensions may cover before later
 * chains are held to SPENT_REACH. Sixteen: an article against its near copy spends several
 * lengths (the chains either side of each edit run the whole text), and with 1 or 4 a 5 MB
 * article against its edited copy lost echoes (3794ac0); the news corpus spends far less.
 */
const SPENT_AFTER = 16;

/**
 * Grow each chain into a region by X-drop extension at both ends, at most `reach` tokens past the
 * chain's seeds and cut at a paragraph break both sides share beyond them, then merge regions that meet.
 *
 * An unbounded reach is bounded by work: once the pair's extensions together have run as far as
 * the two texts are long, later chains reach SPENT_REACH tokens. Ordinary pairs extend a few dozen
 * tokens per chain and never get there; a sentence printed 10,000 times (or a text of a few words
 * at random) against a copy has a chain per copy, each of whose alignments ran to the end of the
 * text: copies × length, 247 s for 1 MB in the reader's echo worker.
 */
export function chainRegions(
  fa: Fingerprints,
  fb: Fingerprints,
  chains: readonly Chain[],
  reach = Infinity,
): Region[] {
  const na = fa.hashes.length;
  const nb = fb.hashes.length;
  let spent = 0;
  const regions: Region[] = chains.map((c) => {
    const far = spent > SPENT_AFTER * (na + nb) ? Math.min(reach, SPENT_REACH) : reach;
    const a1 = Math.min(na, c.lastA + GRAM_TERMS);
    const b1 = Math.min(nb, c.lastB + GRAM_TERMS);
    const back = extendXDrop(
      fa.hashes,
      c.firstA,
      Math.min(c.firstA, far),
      fb.hashes,
      c.firstB,
      Math.min(c.firstB, far),
      -1,
      X_DROP,
    );
    const fwd = extendXDrop(
      fa.hashes,
      a1,
      Math.min(na - a1, far),
      fb.hashes,
      b1,
      Math.min(nb - b1, far),
      1,
      X_DROP,
    );
    spent += back.a + back.b + fwd.a + fwd.b;
    const r = { a0: c.firstA - back.a, a1: a1 + fwd.a, b0: c.firstB - back.b, b1: b1 + fwd.b };
    cutAtSharedBreaks(fa.flags, fb.flags, r, c);
    return r;
  });
  // One chain, nothing to merge (most document pairs of a scan).
  return regions.length < 2 ? regions : mergeRegions(regions);
}

/**
 * Merge regions that overlap on both sides along nearly the same diagonal (two chains of one
 * edited passage). Only regions still open at the current position and on a nearby diagonal are
 * compared (buckets of diagonals), so this stays linear when chance seeds are many or when a
 * thousand copies of one paragraph give a thousand diagonals.
 */
export function mergeRegions(regions: Region[]): Region[] {
  regions.sort((x, y) => x.a0 - y.a0 || x.b0 - y.b0);
  const merged: Region[] = [];
  const open = new Map<number, Region[]>();
  for (const r of regions) {
    const home = diagonalBucket(r);
    let m: Region | undefined;
    for (let k = home - 1; k <= home + 1 && !m; k++) {
      const list = open.get(k);
      if (!list) continue;
      const live = list.filter((o) => o.a1 >= r.a0);
      if (live.length === 0) open.delete(k);
      else open.set(k, live);
      m = live.find((o) => meets(o, r) && !twoCopies(o, r));
    }
    if (!m) {
      const copy = { ...r };
      merged.push(copy);
      const list = open.get(home);
      if (list) list.push(copy);
      else open.set(home, [copy]);
      continue;
    }
    m.a0 = Math.min(m.a0, r.a0);
    m.a1 = Math.max(m.a1, r.a1);
    m.b0 = Math.min(m.b0, r.b0);
    m.b1 = Math.max(m.b1, r.b1);
  }
  return merged;
}

function meets(o: Region, r: Region): boolean {
  return (
    r.b0 <= o.b1 &&
    o.b0 <= r.b1 &&
    Math.abs(r.b0 - r.a0 - (o.b0 - o.a0)) <= 2 * BAND &&
    Math.abs(r.b1 - r.a1 - (o.b1 - o.a1)) <= 2 * BAND
  );
}

// Two regions that start at one place on side a but at different places on side b align one
// passage with two copies of it (a paragraph printed twice, back to back): never one passage.
function twoCopies(o: Region, r: Region): boolean {
  return Math.abs(o.a0 - r.a0) <= 3 && Math.abs(o.b0 - r.b0) > 3;
}

// Width 2·BAND + 1: regions that may merge differ by at most 2·BAND in start diagonal.
function diagonalBucket(r: Region): number {
  return Math.floor((r.b0 - r.a0) / (2 * BAND + 1));
}

/** In one document, cut the earlier passage where the later one starts, so they never overlap. */
export function separateWithin(r: Region): void {
  if (r.b0 < r.a0) [r.a0, r.a1, r.b0, r.b1] = [r.b0, r.b1, r.a0, r.a1];
  if (r.a1 > r.b0) {
    const over = r.a1 - r.b0;
    r.a1 = r.b0;
    r.b1 = Math.max(r.b0, r.b1 - over);
  }
}

/**
 * Move a region's ends to clause edges: an end a few tokens past an edge on both sides is trimmed
 * back to it (chance matches beyond a copied sentence), otherwise an end a few tokens short of an
 * edge on each side is extended to it ("for Ukraine." vs "for the Ukraine."). Finally make sure
 * neither end splits one original token ("we’re" → we | are).
 */
export function trimToEdges(fa: Fingerprints, fb: Fingerprints, r: Region): void {
  const na = fa.flags.length;
  const nb = fb.flags.length;
  if (!(edge(fa.flags, r.a0 - 1) && edge(fb.flags, r.b0 - 1))) {
    let t = 1;
    while (
      t <= EDGE_SLACK &&
      r.a0 + t < r.a1 &&
      !(edge(fa.flags, r.a0 + t - 1) && edge(fb.flags, r.b0 + t - 1))
    )
      t++;
    if (t <= EDGE_SLACK && r.a0 + t < r.a1) {
      r.a0 += t;
      r.b0 += t;
    } else {
      const ta = edge(fa.flags, r.a0 - 1) ? 0 : nearest(fa.flags, r.a0 - 1, -1, r.a0);
      const tb = edge(fb.flags, r.b0 - 1) ? 0 : nearest(fb.flags, r.b0 - 1, -1, r.b0);
      if ((ta > 0 || edge(fa.flags, r.a0 - 1)) && (tb > 0 || edge(fb.flags, r.b0 - 1))) {
        r.a0 -= ta;
        r.b0 -= tb;
      }
    }
  }
  if (!(edge(fa.flags, r.a1 - 1) && edge(fb.flags, r.b1 - 1))) {
    let t = 1;
    while (
      t <= EDGE_SLACK &&
      r.a1 - t > r.a0 &&
      !(edge(fa.flags, r.a1 - 1 - t) && edge(fb.flags, r.b1 - 1 - t))
    )
      t++;
    if (t <= EDGE_SLACK && r.a1 - t > r.a0) {
      r.a1 -= t;
      r.b1 -= t;
    } else {
      const ta = edge(fa.flags, r.a1 - 1) ? 0 : nearest(fa.flags, r.a1 - 1, 1, na - r.a1);
      const tb = edge(fb.flags, r.b1 - 1) ? 0 : nearest(fb.flags, r.b1 - 1, 1, nb - r.b1);
      if ((ta > 0 || edge(fa.flags, r.a1 - 1)) && (tb > 0 || edge(fb.flags, r.b1 - 1))) {
        r.a1 += ta;
        r.b1 += tb;
      }
    }
  }
  while (r.a0 < r.a1 && cont(fa.flags, r.a0)) r.a0++;
  while (r.a1 > r.a0 && r.a1 < na && cont(fa.flags, r.a1)) r.a1--;
  while (r.b0 < r.b1 && cont(fb.flags, r.b0)) r.b0++;
  while (r.b1 > r.b0 && r.b1 < nb && cont(fb.flags, r.b1)) r.b1--;
}

/** True when a clause edge follows token t (the ends of the text count as edges). */
function edge(flags: Uint8Array, t: number): boolean {
  return t < 0 || t >= flags.length - 1 || ((flags[t] ?? 0) & ANY_EDGE) !== 0;
}

/** Tokens to the nearest edge within the slack, stepping from `from` by `step`; 0 if none. */
function nearest(flags: Uint8Array, from: number, step: number, limit: number): number {
  for (let t = 1; t <= EDGE_SLACK && t <= limit; t++) if (edge(flags, from + step * t)) return t;
  return 0;
}

function cont(flags: Uint8Array, t: number): boolean {
  return ((flags[t] ?? 0) & CONTINUES) !== 0;
}
