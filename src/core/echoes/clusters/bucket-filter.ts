// The per-bucket half of MarkBlocks.sortedRepeats: drop the marks seen once, sort the rest.

/** The first pass spreads marks by the top 8 bits of their hash into 256 buckets. */
export const TOP = 24;
/**
 * Slots of the per-bucket "seen once / seen again" table: hash bits 5–23, as many slots per
 * bucket as a 2^27-slot table for the whole archive has, so a singleton shares its slot with
 * another hash about 2% of the time at 10,000 articles, 16% at 100,000 (it is then kept until
 * the exact check after the sort) — but 128 KB, which stays in the cache.
 */
export const SLOT_BITS = 19;

/** Marks as spread into buckets: each one's hash and what it stands for (sortedRepeats' `marks`). */
export interface Spread {
  hashes: Uint32Array;
  marks: Uint32Array;
}

/**
 * Filter one bucket [from, to) to the marks whose hash repeats, sorted by hash (stably), moved
 * down to `kept`; returns the new end of the kept marks. `table` is the seen-once/seen-again
 * table (2^(SLOT_BITS − 4) words), `scratch` at least the bucket's size.
 */
// Each loop is a function of its own: run once per bucket, a loop compiled on the stack was
// thrown out at its exit 256 times over.
export function keepBucket(
  m: Spread,
  from: number,
  to: number,
  kept: number,
  table: Int32Array,
  scratch: Spread,
): number {
  table.fill(0);
  noteAll(m.hashes, from, to, table);
  const w = keepRepeating(m, from, to, kept, table);
  if (w - kept < 2) return kept;
  sortLow24(m, kept, w, scratch);
  return dropSingles(m.hashes, m.marks, kept, w);
}

// The marks of [from, to) whose slot was seen again, moved down to start at `kept`; returns their end.
function keepRepeating(
  m: Spread,
  from: number,
  to: number,
  kept: number,
  table: Int32Array,
): number {
  const { hashes, marks } = m;
  const mask = (1 << SLOT_BITS) - 1;
  let w = kept;
  for (let i = from; i < to; i++) {
    const hash = hashes[i] ?? 0;
    const slot = (hash >>> 5) & mask;
    if (((table[slot >>> 4] ?? 0) & (2 << ((slot & 15) << 1))) === 0) continue;
    hashes[w] = hash;
    marks[w] = marks[i] ?? 0;
    w++;
  }
  return w;
}

// Marks [kept, w) of one bucket sorted by hash, stably, in place: their top byte is the bucket's,
// so three 8-bit passes of a radix sort (the low 24 bits) order them, through `scratch`.
function sortLow24(m: Spread, kept: number, w: number, scratch: Spread): void {
  const counts = new Uint32Array(257);
  const size = w - kept;
  const k = m.hashes.subarray(kept, w);
  const v = m.marks.subarray(kept, w);
  const sk = scratch.hashes.subarray(0, size);
  const sv = scratch.marks.subarray(0, size);
  pass(k, v, sk, sv, 0, counts);
  pass(sk, sv, k, v, 8, counts);
  pass(k, v, sk, sv, 16, counts);
  k.set(sk);
  v.set(sv);
}

// One stable counting pass of `k` (carrying `v`) by the byte at `shift`, into `k2` and `v2`.
function pass(
  k: Uint32Array,
  v: Uint32Array,
  k2: Uint32Array,
  v2: Uint32Array,
  shift: number,
  counts: Uint32Array,
): void {
  counts.fill(0);
  for (let i = 0; i < k.length; i++) {
    const slot = (((k[i] ?? 0) >>> shift) & 0xff) + 1;
    counts[slot] = (counts[slot] ?? 0) + 1;
  }
  for (let x = 1; x <= 256; x++) counts[x] = (counts[x] ?? 0) + (counts[x - 1] ?? 0);
  for (let i = 0; i < k.length; i++) {
    const key = k[i] ?? 0;
    const bucket = (key >>> shift) & 0xff;
    const at = counts[bucket] ?? 0;
    counts[bucket] = at + 1;
    k2[at] = key;
    v2[at] = v[i] ?? 0;
  }
}

// The sorted marks [kept, w) without those whose hash occurs once (a slot shared with another
// hash let them through the table), moved down in place; returns the new end. All marks of a
// hash are in one bucket, so they are side by side here.
function dropSingles(hashes: Uint32Array, marks: Uint32Array, kept: number, w: number): number {
  let out = kept;
  for (let i = kept; i < w; i++) {
    const hash = hashes[i] ?? 0;
    const repeats = (i > kept && hashes[i - 1] === hash) || (i + 1 < w && hashes[i + 1] === hash);
    if (!repeats) continue;
    hashes[out] = hash;
    marks[out] = marks[i] ?? 0;
    out++;
  }
  return out;
}

// Two bits a slot, side by side in one word: seen once, seen again.
function noteAll(hashes: Uint32Array, from: number, to: number, table: Int32Array): void {
  const mask = (1 << SLOT_BITS) - 1;
  for (let i = from; i < to; i++) {
    const slot = ((hashes[i] ?? 0) >>> 5) & mask;
    const word = slot >>> 4;
    const once = 1 << ((slot & 15) << 1);
    const seen = table[word] ?? 0;
    table[word] = (seen & once) !== 0 ? seen | (once << 1) : seen | once;
  }
}
