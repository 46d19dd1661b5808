import { sortOrder } from './radix-sort';
import type { SeedList } from './seeds';

/** Seeds reordered by (docA, docB, posA), and where each document pair's run starts. */
export interface SeedGroups {
  readonly docA: Uint32Array;
  readonly docB: Uint32Array;
  readonly posA: Uint32Array;
  readonly posB: Uint32Array;
  readonly df: Uint32Array;
  /** Start of each pair's run; the last entry is the seed count. */
  readonly bounds: readonly number[];
}

/** Bits per counting pass over document numbers: 2,048 buckets stay in the cache. */
const DIGIT = 11;
/** Pairs with at most this many seeds are put in position order by insertion. */
const FEW = 32;

/**
 * Sort seeds by document pair, then position in a (stably: seeds at one position keep their
 * order). The pair order is two stable counting sorts over the document numbers' own bits (two
 * or three passes each at 100,000 documents, not four per 32-bit key); positions are then put in
 * order inside each pair, where nearly every pair has one seed or a few.
 *
 * `lonelyAbove`: leave out a pair whose only seed is a k-gram found in more documents than this
 * (a stock phrase; at archive scale most candidate pairs are these, see scan-steps), so the scan
 * never visits them.
 */
export function groupSeeds(seeds: SeedList, lonelyAbove = Infinity): SeedGroups {
  const n = seeds.count;
  let order: Uint32Array = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order = sortByKey(order, seeds.docB, bitsFor(seeds.docB, n));
  order = sortByKey(order, seeds.docA, bitsFor(seeds.docA, n));
  const { docA, docB, posA, df } = seeds;
  const kept = new Uint32Array(n);
  const bounds: number[] = [];
  const at = pairRuns(order, docA, docB, posA, df, lonelyAbove, kept, bounds);
  const pick = (src: Uint32Array): Uint32Array => {
    const out = new Uint32Array(at);
    for (let i = 0; i < at; i++) out[i] = src[kept[i] ?? 0] ?? 0;
    return out;
  };
  return {
    docA: pick(docA),
    docB: pick(docB),
    posA: pick(posA),
    posB: pick(seeds.posB),
    df: pick(df),
    bounds,
  };
}

// Runs of one pair, in order: the lonely common ones dropped, the rest appended to `kept` in
// position order and their starts to `bounds`. Returns how many seeds were kept. (A function of
// its own: a long loop inside a bigger one is compiled on the stack and runs slower.)
function pairRuns(
  order: Uint32Array,
  docA: Uint32Array,
  docB: Uint32Array,
  posA: Uint32Array,
  df: Uint32Array,
  lonelyAbove: number,
  kept: Uint32Array,
  bounds: number[],
): number {
  const n = order.length;
  let at = 0;
  for (let i = 0; i < n;) {
    const first = order[i] ?? 0;
    const da = docA[first] ?? 0;
    const db = docB[first] ?? 0;
    let j = i + 1;
    while (j < n && docA[order[j] ?? 0] === da && docB[order[j] ?? 0] === db) j++;
    if (j - i === 1 && (df[first] ?? 0) > lonelyAbove) {
      i = j;
      continue;
    }
    bounds.push(at);
    if (j - i <= FEW) at = insertByPosition(order, i, j, posA, kept, at);
    else {
      const run = order.subarray(i, j);
      const byPos = sortOrder(Uint32Array.from(run, (s) => posA[s] ?? 0));
      for (let k = 0; k < byPos.length; k++) kept[at++] = run[byPos[k] ?? 0] ?? 0;
    }
    i = j;
  }
  bounds.push(at);
  return at;
}

// Seeds order[i, j) appended to `out` from `at` in position order (stable insertion).
function insertByPosition(
  order: Uint32Array,
  i: number,
  j: number,
  posA: Uint32Array,
  out: Uint32Array,
  at: number,
): number {
  const base = at;
  for (let k = i; k < j; k++) {
    const s = order[k] ?? 0;
    const p = posA[s] ?? 0;
    let x = at++;
    while (x > base && (posA[out[x - 1] ?? 0] ?? 0) > p) {
      out[x] = out[x - 1] ?? 0;
      x--;
    }
    out[x] = s;
  }
  return at;
}

// Bits needed for the largest of the first n values.
function bitsFor(values: Uint32Array, n: number): number {
  let max = 0;
  for (let i = 0; i < n; i++) if ((values[i] ?? 0) > max) max = values[i] ?? 0;
  return 32 - Math.clz32(max);
}

// `order` stably sorted by key[order[i]], in passes of DIGIT bits over the key's `bits` bits.
function sortByKey(order: Uint32Array, key: Uint32Array, bits: number): Uint32Array {
  const n = order.length;
  let from = order;
  let to: Uint32Array = new Uint32Array(n);
  const counts = new Uint32Array((1 << DIGIT) + 1);
  for (let shift = 0; shift < bits; shift += DIGIT) {
    countDigits(from, key, shift, counts);
    scatterByDigit(from, key, shift, counts, to);
    [from, to] = [to, from];
  }
  return from;
}

function countDigits(order: Uint32Array, key: Uint32Array, shift: number, counts: Uint32Array) {
  counts.fill(0);
  const mask = (1 << DIGIT) - 1;
  for (let i = 0; i < order.length; i++) {
    const slot = (((key[order[i] ?? 0] ?? 0) >>> shift) & mask) + 1;
    counts[slot] = (counts[slot] ?? 0) + 1;
  }
  for (let x = 1; x < counts.length; x++) counts[x] = (counts[x] ?? 0) + (counts[x - 1] ?? 0);
}

function scatterByDigit(
  from: Uint32Array,
  key: Uint32Array,
  shift: number,
  counts: Uint32Array,
  to: Uint32Array,
): void {
  const mask = (1 << DIGIT) - 1;
  for (let i = 0; i < from.length; i++) {
    const s = from[i] ?? 0;
    const digit = ((key[s] ?? 0) >>> shift) & mask;
    const at = counts[digit] ?? 0;
    counts[digit] = at + 1;
    to[at] = s;
  }
}
