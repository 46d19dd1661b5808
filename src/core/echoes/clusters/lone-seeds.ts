import type { SeedGroups } from '../group-seeds';
import type { SeedList } from '../seeds';
import type { FlatHashes } from './flat-hashes';
import { passLoneSeeds } from './lone-seed-check';

export { REACH } from './lone-seed-check';

/**
 * Drop, before they are sorted into document pairs, the seeds that are certainly the only seed of
 * their pair and could not give a passing region: a k-gram in more than `lonelyAbove` documents
 * (a stock phrase), or one whose surroundings hold too few matching words (lone-seed-check). At
 * archive scale these are most seeds (at 10,000 articles ~114,000 of ~147,000), and sorting them
 * only to find them alone cost more than the rest of the grouping. A seed is known alone when a
 * table of saturating counts, indexed by a hash of its document pair, holds 1 for it; a pair that
 * shares its slot with another is kept for pairsWorthExtending after the sort. The regions found
 * are the same as without it.
 */
export function dropHopelessLoneSeeds(
  seeds: SeedList,
  flat: FlatHashes,
  lonelyAbove: number,
  minWords: number,
): void {
  const n = seeds.count;
  if (n === 0) return;
  const bits = Math.min(30, Math.max(10, 34 - Math.clz32(n)));
  const counts = countPairs(seeds, bits);
  // 1: keep. Lone seeds of a rare k-gram are checked in their first document's order, so that
  // side's words are read in one sweep through memory.
  const keep = new Uint8Array(n);
  const lone = markShared(seeds, counts, bits, lonelyAbove, keep);
  const order = new Uint32Array(lone);
  loneOrder(seeds, lonelyAbove, keep, order);
  passLoneSeeds(flat, seeds, sortedByDoc(order, seeds.docA, flat.lengthOf.length), minWords, keep);
  seeds.count = compact(seeds, keep);
}

// Each loop below is a function of its own: one long function of several loops was compiled on
// the stack for its first loop and thrown out at the next, five times over.

// Saturating counts (0, 1, 2+) of the seeds per hashed document pair.
function countPairs(seeds: SeedList, bits: number): Uint8Array {
  const counts = new Uint8Array(1 << bits);
  const { docA, docB } = seeds;
  for (let i = 0; i < seeds.count; i++) {
    const slot = pairSlot(docA[i] ?? 0, docB[i] ?? 0, bits);
    if ((counts[slot] ?? 0) < 2) counts[slot] = (counts[slot] ?? 0) + 1;
  }
  return counts;
}

// keep[i] = 1 for the seeds whose pair may have others; returns how many lone seeds are rare.
function markShared(
  seeds: SeedList,
  counts: Uint8Array,
  bits: number,
  lonelyAbove: number,
  keep: Uint8Array,
): number {
  const { docA, docB, df } = seeds;
  let lone = 0;
  for (let i = 0; i < seeds.count; i++) {
    if (counts[pairSlot(docA[i] ?? 0, docB[i] ?? 0, bits)] !== 1) keep[i] = 1;
    else if ((df[i] ?? 0) <= lonelyAbove) lone++;
  }
  return lone;
}

// The lone seeds of a rare k-gram, in seed order.
function loneOrder(
  seeds: SeedList,
  lonelyAbove: number,
  keep: Uint8Array,
  order: Uint32Array,
): void {
  const { df } = seeds;
  let at = 0;
  for (let i = 0; i < seeds.count; i++)
    if (keep[i] === 0 && (df[i] ?? 0) <= lonelyAbove) order[at++] = i;
}

// The kept seeds moved down, in order; returns how many.
function compact(seeds: SeedList, keep: Uint8Array): number {
  const { docA, docB, posA, posB, df } = seeds;
  let w = 0;
  for (let i = 0; i < seeds.count; i++) {
    if (keep[i] === 0) continue;
    docA[w] = docA[i] ?? 0;
    docB[w] = docB[i] ?? 0;
    posA[w] = posA[i] ?? 0;
    posB[w] = posB[i] ?? 0;
    df[w] = df[i] ?? 0;
    w++;
  }
  return w;
}

/**
 * For each document pair (group), whether its seeds deserve chaining and alignment: a pair with
 * several seeds always, a pair with one seed only if lone-seed-check passes it (it is then
 * scan-steps' worthExtending, made stricter only where no region could pass).
 */
export function pairsWorthExtending(
  groups: SeedGroups,
  flat: FlatHashes,
  minWords: number,
): Uint8Array {
  const total = groups.bounds.length - 1;
  const worth = new Uint8Array(total);
  const lone: number[] = [];
  for (let g = 0; g < total; g++) {
    const from = groups.bounds[g] ?? 0;
    if ((groups.bounds[g + 1] ?? 0) - from > 1) worth[g] = 1;
    else lone.push(from);
  }
  const pass = new Uint8Array(groups.docA.length);
  passLoneSeeds(flat, groups, Uint32Array.from(lone), minWords, pass);
  for (let g = 0; g < total; g++) if (pass[groups.bounds[g] ?? 0] === 1) worth[g] = 1;
  return worth;
}

function pairSlot(da: number, db: number, bits: number): number {
  return (Math.imul(da, 0x9e3779b1) ^ Math.imul(db + 0x7f4a7c15, 0x85ebca77)) >>> (32 - bits);
}

// The seeds `order` names, stably sorted by their document on side a (one counting pass).
function sortedByDoc(order: Uint32Array, doc: Uint32Array, docs: number): Uint32Array {
  const starts = new Uint32Array(docs + 1);
  for (let k = 0; k < order.length; k++) {
    const d = (doc[order[k] ?? 0] ?? 0) + 1;
    starts[d] = (starts[d] ?? 0) + 1;
  }
  for (let d = 1; d <= docs; d++) starts[d] = (starts[d] ?? 0) + (starts[d - 1] ?? 0);
  const out = new Uint32Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const s = order[k] ?? 0;
    const d = doc[s] ?? 0;
    out[starts[d] ?? 0] = s;
    starts[d] = (starts[d] ?? 0) + 1;
  }
  return out;
}
