import type { SortedMarks } from '../sorted-marks';

/** Entries per block: 4 MB a block and array, so growing never copies what is stored. */
const BLOCK_BITS = 20;
const BLOCK = 1 << BLOCK_BITS;
/** The first pass spreads marks by the top 8 bits of their hash into 256 buckets. */
const TOP = 24;
/**
 * Slots of the per-bucket "seen once / seen again" table: hash bits 5–23, as many slots per
 * bucket as a 2^27-slot table for the whole archive has, so a singleton shares its slot with
 * another hash about 2% of the time at 10,000 articles, 16% at 100,000 (it is then kept until
 * the exact check after the sort) — but 128 KB, which stays in the cache.
 */
const SLOT_BITS = 19;

/**
 * The marks of every document added so far (hash and token position), in document order, in
 * fixed-size blocks: appending never copies earlier marks (at 100,000 articles there are 24
 * million), and a mark's document is not stored per mark but as where each document's marks
 * start.
 */
export class MarkBlocks {
  count = 0;
  private hashes: Uint32Array[] = [];
  private positions: Uint32Array[] = [];
  /** Index of each document's first mark; documents are numbered in the order added. */
  private starts = new Uint32Array(1024);
  private docs = 0;

  /** Append the marks of the next document (numbered in the order added, from 0). */
  append(hashes: Uint32Array, positions: Uint32Array): void {
    if (this.docs === this.starts.length) {
      const grown = new Uint32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[this.docs++] = this.count;
    let from = 0;
    while (from < hashes.length) {
      const block = this.count >>> BLOCK_BITS;
      const at = this.count & (BLOCK - 1);
      if (block === this.hashes.length) {
        this.hashes.push(new Uint32Array(BLOCK));
        this.positions.push(new Uint32Array(BLOCK));
      }
      const take = Math.min(hashes.length - from, BLOCK - at);
      this.hashes[block]?.set(hashes.subarray(from, from + take), at);
      this.positions[block]?.set(positions.subarray(from, from + take), at);
      from += take;
      this.count += take;
    }
  }

  /**
   * Every mark whose hash occurs more than once, sorted by hash, then document, then position
   * (the order they were added in). The blocks are let go as they are read; call once.
   *
   * Nine marks in ten occur once in prose and no seed can come of them, so they are dropped
   * before the sort — cheaply: the marks are first spread into 256 buckets by their hash's top
   * bits (sequential reads, 256 write streams), and each bucket is then filtered with a table
   * small enough to stay in the cache. (One table for the whole archive, 32 MB at this rate of
   * collisions, costs a cache miss for every mark added and every mark filtered.) Only a mark's
   * hash and its number (where it was added) are spread, filtered and sorted; the document and
   * position are looked up for the one mark in ten that is kept, not moved for every mark.
   */
  sortedRepeats(): SortedMarks {
    const n = this.count;
    const bucketStarts = new Uint32Array(257);
    this.hashes.forEach((block, b) => countTops(block, this.lengthOf(b), bucketStarts));
    for (let x = 1; x <= 256; x++)
      bucketStarts[x] = (bucketStarts[x] ?? 0) + (bucketStarts[x - 1] ?? 0);
    const spreadOut: Spread = { hashes: new Uint32Array(n), marks: new Uint32Array(n) };
    const next = bucketStarts.slice(0, 256);
    for (let b = 0; b < this.hashes.length; b++)
      spread(this.hashes[b] ?? new Uint32Array(0), b * BLOCK, this.lengthOf(b), next, spreadOut);
    this.hashes = [];
    const table = new Int32Array(1 << (SLOT_BITS - 4));
    const scratch: Spread = { hashes: new Uint32Array(1024), marks: new Uint32Array(1024) };
    let kept = 0;
    for (let x = 0; x < 256; x++) {
      const from = bucketStarts[x] ?? 0;
      const to = bucketStarts[x + 1] ?? 0;
      if (to - from < 2) continue;
      // The sort's scratch grows to the largest bucket's kept marks, never past the bucket.
      if (scratch.hashes.length < to - from) scratch.hashes = new Uint32Array(to - from);
      if (scratch.marks.length < to - from) scratch.marks = new Uint32Array(to - from);
      kept = keepBucket(spreadOut, from, to, kept, table, scratch);
    }
    const out = this.lookUp(spreadOut.marks, kept);
    this.positions = [];
    return { hashes: spreadOut.hashes.slice(0, kept), docs: out.docs, positions: out.positions };
  }

  private lengthOf(block: number): number {
    return Math.min(BLOCK, this.count - block * BLOCK);
  }

  // The document and position of each of the first `kept` marks (numbered as added).
  private lookUp(marks: Uint32Array, kept: number): { docs: Uint32Array; positions: Uint32Array } {
    const docs = new Uint32Array(kept);
    const positions = new Uint32Array(kept);
    const chunks = firstDocs(this.starts, this.docs, this.count);
    lookUpDocs(marks, kept, chunks, this.starts, docs);
    lookUpPositions(marks, kept, this.positions, positions);
    return { docs, positions };
  }
}

/** A bucket's marks as spread: hash and number (the mark's index in the order added). */
interface Spread {
  hashes: Uint32Array;
  marks: Uint32Array;
}

/** Marks a chunk of `firstDocs` covers: a mark's document is found from its chunk's first. */
const CHUNK_BITS = 8;

// counts[top + 1] += marks of the block with that top byte.
function countTops(hashes: Uint32Array, length: number, counts: Uint32Array): void {
  for (let i = 0; i < length; i++) {
    const slot = ((hashes[i] ?? 0) >>> TOP) + 1;
    counts[slot] = (counts[slot] ?? 0) + 1;
  }
}

// Spread one block's marks into their buckets: the hash and the mark's number.
function spread(
  hashes: Uint32Array,
  base: number,
  length: number,
  next: Uint32Array,
  out: Spread,
): void {
  const outHashes = out.hashes;
  const outMarks = out.marks;
  for (let i = 0; i < length; i++) {
    const hash = hashes[i] ?? 0;
    const top = hash >>> TOP;
    const at = next[top] ?? 0;
    next[top] = at + 1;
    outHashes[at] = hash;
    outMarks[at] = base + i;
  }
}

// Filter one bucket [from, to) to the marks whose hash repeats, sorted by hash (stably), moved
// down to `kept`; returns the new end of the kept marks. (Each loop is a function of its own:
// run once per bucket, a loop compiled on the stack was thrown out at its exit 256 times over.)
function keepBucket(
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

// For each chunk of 2^CHUNK_BITS marks (and one past the last), the document its first mark
// belongs to: the last document starting at or before it (one without marks starts where the
// next one does).
function firstDocs(starts: Uint32Array, docs: number, count: number): Uint32Array {
  const chunks = new Uint32Array((count >>> CHUNK_BITS) + 2);
  let d = 0;
  for (let c = 0; c < chunks.length; c++) {
    const first = c * (1 << CHUNK_BITS);
    while (d + 1 < docs && (starts[d + 1] ?? 0) <= first) d++;
    chunks[c] = d;
  }
  return chunks;
}

// docs[i] = the document of mark marks[i]: the last document starting at or before it, between
// its chunk's first document and the next chunk's (the same one, or the next, for all but very
// short documents), by binary search.
function lookUpDocs(
  marks: Uint32Array,
  kept: number,
  chunks: Uint32Array,
  starts: Uint32Array,
  docs: Uint32Array,
): void {
  for (let i = 0; i < kept; i++) {
    const mark = marks[i] ?? 0;
    const c = mark >>> CHUNK_BITS;
    let lo = chunks[c] ?? 0;
    let hi = chunks[c + 1] ?? 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] ?? 0) <= mark) lo = mid;
      else hi = mid - 1;
    }
    docs[i] = lo;
  }
}

// positions[i] = the token position of mark marks[i], read from its block.
function lookUpPositions(
  marks: Uint32Array,
  kept: number,
  blocks: readonly Uint32Array[],
  positions: Uint32Array,
): void {
  for (let i = 0; i < kept; i++) {
    const mark = marks[i] ?? 0;
    positions[i] = blocks[mark >>> BLOCK_BITS]?.[mark & (BLOCK - 1)] ?? 0;
  }
}
