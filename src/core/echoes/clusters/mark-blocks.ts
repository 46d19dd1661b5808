import { radixSortCarrying } from '../radix-sort';
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
   * collisions, costs a cache miss for every mark added and every mark filtered.)
   */
  sortedRepeats(): SortedMarks {
    const n = this.count;
    const bucketStarts = new Uint32Array(257);
    this.hashes.forEach((block, b) => countTops(block, this.lengthOf(b), bucketStarts));
    for (let x = 1; x <= 256; x++)
      bucketStarts[x] = (bucketStarts[x] ?? 0) + (bucketStarts[x - 1] ?? 0);
    const out = {
      hashes: new Uint32Array(n),
      docs: new Uint32Array(n),
      positions: new Uint32Array(n),
    };
    const next = bucketStarts.slice(0, 256);
    const ends = this.docEnds();
    let doc = 0;
    for (let b = 0; b < this.hashes.length; b++) {
      const h = this.hashes[b] ?? new Uint32Array(0);
      const p = this.positions[b] ?? new Uint32Array(0);
      doc = spread(h, p, b * BLOCK, this.lengthOf(b), ends, doc, next, out);
    }
    this.hashes = [];
    this.positions = [];
    const table = new Int32Array(1 << (SLOT_BITS - 4));
    let kept = 0;
    for (let x = 0; x < 256; x++)
      kept = keepBucket(out, bucketStarts[x] ?? 0, bucketStarts[x + 1] ?? 0, kept, table);
    return repeatedOnly(out, kept);
  }

  private lengthOf(block: number): number {
    return Math.min(BLOCK, this.count - block * BLOCK);
  }

  // Where each document's marks end.
  private docEnds(): Uint32Array {
    const ends = new Uint32Array(this.docs);
    for (let d = 0; d < this.docs; d++)
      ends[d] = d + 1 < this.docs ? (this.starts[d + 1] ?? 0) : this.count;
    return ends;
  }
}

interface Marks {
  readonly hashes: Uint32Array;
  readonly docs: Uint32Array;
  readonly positions: Uint32Array;
}

// counts[top + 1] += marks of the block with that top byte.
function countTops(hashes: Uint32Array, length: number, counts: Uint32Array): void {
  for (let i = 0; i < length; i++) {
    const slot = ((hashes[i] ?? 0) >>> TOP) + 1;
    counts[slot] = (counts[slot] ?? 0) + 1;
  }
}

// Spread one block's marks into their buckets, with their document; returns the document the
// block ends in.
function spread(
  hashes: Uint32Array,
  positions: Uint32Array,
  base: number,
  length: number,
  ends: Uint32Array,
  doc: number,
  next: Uint32Array,
  out: Marks,
): number {
  let d = doc;
  let end = ends[d] ?? 0;
  for (let i = 0; i < length; i++) {
    while (base + i >= end) end = ends[++d] ?? 0;
    const hash = hashes[i] ?? 0;
    const top = hash >>> TOP;
    const at = next[top] ?? 0;
    next[top] = at + 1;
    out.hashes[at] = hash;
    out.docs[at] = d;
    out.positions[at] = positions[i] ?? 0;
  }
  return d;
}

// Filter one bucket [from, to) to the marks whose hash may repeat, sort those by hash (stably)
// and move them down to `kept`; returns the new end of the kept marks. (Each loop is a function
// of its own: run once per bucket, a loop compiled on the stack was thrown out at its exit 256
// times over.)
function keepBucket(m: Marks, from: number, to: number, kept: number, table: Int32Array): number {
  if (to - from < 2) return kept;
  table.fill(0);
  noteAll(m.hashes, from, to, table);
  const w = keepRepeating(m, from, to, kept, table);
  if (w - kept < 2) return kept;
  sortKept(m, kept, w);
  return w;
}

// The marks of [from, to) whose slot was seen again, moved down to start at `kept`; returns their end.
function keepRepeating(
  m: Marks,
  from: number,
  to: number,
  kept: number,
  table: Int32Array,
): number {
  const { hashes, docs, positions } = m;
  const mask = (1 << SLOT_BITS) - 1;
  let w = kept;
  for (let i = from; i < to; i++) {
    const hash = hashes[i] ?? 0;
    const slot = (hash >>> 5) & mask;
    if (((table[slot >>> 4] ?? 0) & (2 << ((slot & 15) << 1))) === 0) continue;
    hashes[w] = hash;
    docs[w] = docs[i] ?? 0;
    positions[w] = positions[i] ?? 0;
    w++;
  }
  return w;
}

// Marks [kept, w) sorted by hash, stably, in place.
function sortKept(m: Marks, kept: number, w: number): void {
  const hashes = m.hashes.subarray(kept, w);
  const docs = m.docs.subarray(kept, w);
  const positions = m.positions.subarray(kept, w);
  const sorted = radixSortCarrying(hashes, docs, positions);
  // Four passes, an even number: the sorted marks are normally back in these views already.
  if (sorted.keys !== hashes) {
    hashes.set(sorted.keys);
    docs.set(sorted.a);
    positions.set(sorted.b);
  }
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

/** The first `m` sorted marks without those whose hash occurs once, in arrays of their own. */
function repeatedOnly(marks: Marks, m: number): SortedMarks {
  const { hashes, docs, positions } = marks;
  let kept = 0;
  for (let i = 0; i < m; i++) if (repeats(hashes, i, m)) kept++;
  const out = {
    hashes: new Uint32Array(kept),
    docs: new Uint32Array(kept),
    positions: new Uint32Array(kept),
  };
  let at = 0;
  for (let i = 0; i < m; i++) {
    if (!repeats(hashes, i, m)) continue;
    out.hashes[at] = hashes[i] ?? 0;
    out.docs[at] = docs[i] ?? 0;
    out.positions[at] = positions[i] ?? 0;
    at++;
  }
  return out;
}

function repeats(hashes: Uint32Array, i: number, m: number): boolean {
  return (i > 0 && hashes[i] === hashes[i - 1]) || (i + 1 < m && hashes[i] === hashes[i + 1]);
}
