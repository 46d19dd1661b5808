// AssemblyScript (see tokenise.ts): MarkBlocks.sortedRepeats (../../echoes/clusters/mark-blocks.ts
// and bucket-filter.ts) step for step, over marks kept in linear memory — integer work on typed
// memory, with no garbage collector and no warm-up of a JIT. The caller (WasmMarks,
// ../../echoes/clusters/wasm-marks.ts) owns the layout and passes every address; these kernels
// only read and write where they are told. Used in an instance of its own, never the tokeniser's.
// The spread and the bucket filter take a range and are called many times over: V8 has no
// on-stack replacement for WebAssembly, so one long call would run in Liftoff's baseline code to
// its end (about twice the CPU); over many calls, TurboFan's code takes over after the first few.

import { at32, dropSingles, sortLow24 } from './mark-sort';

/** The first hash bits that pick a mark's bucket (bucket-filter.ts's TOP). */
const TOP: u32 = 24;
/** The seen-once/seen-again table's slot bits (bucket-filter.ts's SLOT_BITS). */
const SLOT_BITS: u32 = 19;
const SLOT_MASK: u32 = (1 << SLOT_BITS) - 1;

/** The first address past the module's static data, 16-aligned: where a caller's layout may start. */
export function heapStart(): usize {
  return (__heap_base + 15) & ~15;
}

/** Grow linear memory to cover every address below `top` (a byte count under 2^32); 0 when it cannot. */
export function reserve(top: u32): i32 {
  const pages = <i32>((<u64>top + 0xffff) >>> 16);
  const have = memory.size();
  if (pages > have && memory.grow(pages - have) < 0) return 0;
  return 1;
}

/**
 * A document's marks were written at `hashes` (n hashes, then n positions): counts each hash's
 * bucket into counts[top + 1] while they are in the cache, and returns their largest position.
 */
export function noteDoc(hashes: usize, n: u32, counts: usize): u32 {
  let max: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const slot = at32(counts, (load<u32>(at32(hashes, i)) >>> TOP) + 1);
    store<u32>(slot, load<u32>(slot) + 1);
    const p = load<u32>(at32(hashes, n + i));
    if (p > max) max = p;
  }
  return max;
}

/**
 * Spread the marks of documents [from, to) whose bucket is in [x0, x1) into their buckets
 * (`next`: each bucket's next free entry): the hash to outH, and to outM either the document and
 * position packed (doc << positionBits | position, when `packed`) or the mark's number. Document
 * d's n marks are at base + 8·starts[d] (hashes, then positions), n = starts[d + 1] − starts[d].
 */
export function spreadAll(
  base: usize,
  starts: usize,
  from: u32,
  to: u32,
  positionBits: u32,
  packed: i32,
  next: usize,
  outH: usize,
  outM: usize,
  x0: u32,
  x1: u32,
): void {
  const buckets = x1 - x0;
  for (let d = from; d < to; d++) {
    const first = load<u32>(at32(starts, d));
    const n = load<u32>(at32(starts, d + 1)) - first;
    const hashes = base + (<usize>first << 3);
    const docBits = d << positionBits;
    for (let i: u32 = 0; i < n; i++) {
      const hash = load<u32>(at32(hashes, i));
      if ((hash >>> TOP) - x0 >= buckets) continue;
      const slot = at32(next, hash >>> TOP);
      const to = load<u32>(slot);
      store<u32>(slot, to + 1);
      store<u32>(at32(outH, to), hash);
      const mark = packed ? docBits | load<u32>(at32(hashes, n + i)) : first + i;
      store<u32>(at32(outM, to), mark);
    }
  }
}

/**
 * Buckets [x0, x1) (bucket x: [starts[x], starts[x + 1]) of the spread marks) filtered to the
 * hashes that repeat and sorted by hash (stably), moved down to follow the `kept` marks kept
 * from earlier buckets; returns how many are kept now. `table` is
 * 2^(SLOT_BITS − 4) words, zero on entry (and left so); `scratchH`/`scratchM` hold the largest
 * bucket; `counts` is 3 × 256 words.
 */
export function keepBuckets(
  x0: u32,
  x1: u32,
  kept: u32,
  outH: usize,
  outM: usize,
  starts: usize,
  table: usize,
  scratchH: usize,
  scratchM: usize,
  counts: usize,
): u32 {
  for (let x = x0; x < x1; x++) {
    const from = load<u32>(at32(starts, x));
    const to = load<u32>(at32(starts, x + 1));
    if (to - from < 2) continue;
    noteAll(outH, from, to, table);
    const w = keepRepeating(outH, outM, from, to, kept, table);
    // The kept marks moved down to [kept, w); when that reaches into [from, to) (the first
    // bucket a pass keeps from), the one-offs it overwrote can no longer be read back to clear
    // their slots, so the whole table is cleared (128 KB, about once a pass).
    if (w > from) memory.fill(table, 0, 4 << (SLOT_BITS - 4));
    else clearTable(outH, from, to, table);
    if (w - kept < 2) continue;
    sortLow24(outH, outM, kept, w, scratchH, scratchM, counts);
    kept = dropSingles(outH, outM, kept, w);
  }
  return kept;
}

// Two bits a slot, side by side in one word: seen once, seen again.
function noteAll(hashes: usize, from: u32, to: u32, table: usize): void {
  for (let i = from; i < to; i++) {
    const slot = (load<u32>(at32(hashes, i)) >>> 5) & SLOT_MASK;
    const word = at32(table, slot >>> 4);
    const once: u32 = 1 << ((slot & 15) << 1);
    const seen = load<u32>(word);
    store<u32>(word, (seen & once) != 0 ? seen | (once << 1) : seen | once);
  }
}

// Zero the table's words this bucket touched (fewer than the table's 32,768 when the bucket is
// small, as every bucket is at 10,000 articles).
function clearTable(hashes: usize, from: u32, to: u32, table: usize): void {
  if (to - from >= 1 << (SLOT_BITS - 4)) {
    memory.fill(table, 0, 4 << (SLOT_BITS - 4));
    return;
  }
  for (let i = from; i < to; i++)
    store<u32>(at32(table, ((load<u32>(at32(hashes, i)) >>> 5) & SLOT_MASK) >>> 4), 0);
}

// The marks of [from, to) whose slot was seen again, moved down to start at `kept`; returns their end.
function keepRepeating(
  hashes: usize,
  marks: usize,
  from: u32,
  to: u32,
  kept: u32,
  table: usize,
): u32 {
  let w = kept;
  for (let i = from; i < to; i++) {
    const hash = load<u32>(at32(hashes, i));
    const slot = (hash >>> 5) & SLOT_MASK;
    if ((load<u32>(at32(table, slot >>> 4)) & (2 << ((slot & 15) << 1))) == 0) continue;
    store<u32>(at32(hashes, w), hash);
    store<u32>(at32(marks, w), load<u32>(at32(marks, i)));
    w++;
  }
  return w;
}

/** The documents and positions packed in the first `kept` marks (spreadAll's packed form). */
export function unpack(marks: usize, kept: u32, positionBits: u32, docs: usize, positions: usize): void {
  const mask: u32 = positionBits == 0 ? 0 : <u32>-1 >>> (32 - positionBits);
  for (let i: u32 = 0; i < kept; i++) {
    const p = load<u32>(at32(marks, i));
    store<u32>(at32(docs, i), positionBits == 0 ? p : p >>> positionBits);
    store<u32>(at32(positions, i), p & mask);
  }
}

/**
 * The document and position of each of the first `kept` marks given by number (spreadAll's
 * unpacked form): the document is the last one starting at or before the mark (one without
 * marks starts where the next one does), by binary search in starts; the position is read
 * from the store at `base`.
 */
export function lookUp(
  marks: usize,
  kept: u32,
  base: usize,
  starts: usize,
  docCount: u32,
  docs: usize,
  positions: usize,
): void {
  for (let i: u32 = 0; i < kept; i++) {
    const mark = load<u32>(at32(marks, i));
    let lo: u32 = 0;
    let hi: u32 = docCount - 1;
    while (lo < hi) {
      const mid = lo + ((hi - lo + 1) >>> 1);
      if (load<u32>(at32(starts, mid)) <= mark) lo = mid;
      else hi = mid - 1;
    }
    const first = load<u32>(at32(starts, lo));
    const n = load<u32>(at32(starts, lo + 1)) - first;
    store<u32>(at32(docs, i), lo);
    const at = base + (<usize>first << 3) + (<usize>(n + mark - first) << 2);
    store<u32>(at32(positions, i), load<u32>(at));
  }
}

/**
 * collectStarSeeds (../../echoes/clusters/star-seeds.ts) over the sorted repeats, for the runs of
 * one hash that start in [s0, s1) (s0 a run's start): each entry of a run paired with the run's
 * first (within one document only when `within` and later in it), with the run's document
 * count capped at 255, written after the `count` seeds so far; returns the new count.
 */
export function starSeeds(
  hashes: usize,
  docs: usize,
  positions: usize,
  m: u32,
  s0: u32,
  s1: u32,
  within: i32,
  count: u32,
  out: usize,
  stride: usize,
): u32 {
  // The five seed arrays (docA, posA, docB, posB, df), `stride` bytes apart.
  const outPA = out + stride;
  const outDB = outPA + stride;
  const outPB = outDB + stride;
  const outDF = outPB + stride;
  let s = s0;
  while (s < s1 && s < m) {
    const hash = load<u32>(at32(hashes, s));
    let e = s + 1;
    while (e < m && load<u32>(at32(hashes, e)) == hash) e++;
    if (e - s >= 2) {
      let df: u32 = 1;
      for (let x = s + 1; x < e; x++)
        if (load<u32>(at32(docs, x)) != load<u32>(at32(docs, x - 1))) df++;
      if (df > 255) df = 255;
      const dc = load<u32>(at32(docs, s));
      const pc = load<u32>(at32(positions, s));
      for (let x = s + 1; x < e; x++) {
        const dx = load<u32>(at32(docs, x));
        const px = load<u32>(at32(positions, x));
        if (dx == dc && (within == 0 || px <= pc)) continue;
        store<u32>(at32(out, count), dc);
        store<u32>(at32(outPA, count), pc);
        store<u32>(at32(outDB, count), dx);
        store<u32>(at32(outPB, count), px);
        store<u32>(at32(outDF, count), df);
        count++;
      }
    }
    s = e;
  }
  return count;
}
