import { SLOT_BITS, type Spread, TOP, keepBucket } from './bucket-filter';
import type { SortedMarks } from '../sorted-marks';

/** Entries per block: 4 MB a block and array, so growing never copies what is stored. */
const BLOCK_BITS = 20;
const BLOCK = 1 << BLOCK_BITS;

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
  /** The largest position appended: whether a document and position fit in 32 bits together. */
  private maxPosition = 0;

  /** Append the marks of the next document (numbered in the order added, from 0). */
  append(hashes: Uint32Array, positions: Uint32Array): void {
    if (this.docs === this.starts.length) {
      const grown = new Uint32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[this.docs++] = this.count;
    this.maxPosition = Math.max(this.maxPosition, largest(positions));
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
   * collisions, costs a cache miss for every mark added and every mark filtered.) Only two
   * numbers a mark are spread, filtered and sorted: its hash and its document and position packed
   * into one (bits for the largest position, the document above them) — or, when the two do not
   * fit in 32 bits (a text of millions of tokens in a large archive), the mark's number (the order
   * it was added in), whose document and position are then looked up for the one mark in ten that
   * is kept.
   */
  sortedRepeats(): SortedMarks {
    const n = this.count;
    const bucketStarts = new Uint32Array(257);
    this.hashes.forEach((block, b) => countTops(block, this.lengthOf(b), bucketStarts));
    for (let x = 1; x <= 256; x++)
      bucketStarts[x] = (bucketStarts[x] ?? 0) + (bucketStarts[x - 1] ?? 0);
    const spreadOut: Spread = { hashes: new Uint32Array(n), marks: new Uint32Array(n) };
    const next = bucketStarts.slice(0, 256);
    const positionBits = 32 - Math.clz32(this.maxPosition);
    // Under 32 bits for the position, so that the shifts below are exact.
    const packed =
      positionBits < 32 && positionBits + (32 - Math.clz32(Math.max(0, this.docs - 1))) <= 32;
    const ends = this.docEnds();
    let doc = 0;
    for (let b = 0; b < this.hashes.length; b++) {
      const hashes = this.hashes[b] ?? new Uint32Array(0);
      const length = this.lengthOf(b);
      if (!packed) spread(hashes, b * BLOCK, length, next, spreadOut);
      else {
        const positions = this.positions[b] ?? new Uint32Array(0);
        const at = { base: b * BLOCK, length, doc, positionBits };
        doc = spreadPacked(hashes, positions, at, ends, next, spreadOut);
      }
    }
    this.hashes = [];
    if (packed) this.positions = [];
    const table = new Int32Array(1 << (SLOT_BITS - 4));
    const scratch: Spread = { hashes: new Uint32Array(1024), marks: new Uint32Array(1024) };
    let kept = 0;
    for (let x = 0; x < 256; x++) {
      const from = bucketStarts[x] ?? 0;
      const to = bucketStarts[x + 1] ?? 0;
      if (to - from < 2) continue;
      // The sort's scratch grows to the largest bucket (a 256th of the marks, about).
      if (scratch.hashes.length < to - from) scratch.hashes = new Uint32Array(to - from);
      if (scratch.marks.length < to - from) scratch.marks = new Uint32Array(to - from);
      kept = keepBucket(spreadOut, from, to, kept, table, scratch);
    }
    const out = packed
      ? unpack(spreadOut.marks, kept, positionBits)
      : this.lookUp(spreadOut.marks, kept);
    this.positions = [];
    return { hashes: spreadOut.hashes.slice(0, kept), docs: out.docs, positions: out.positions };
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

/** Where a block's marks are: its first mark's number, its length, the document it starts in. */
interface BlockPlace {
  readonly base: number;
  readonly length: number;
  readonly doc: number;
  readonly positionBits: number;
}

// Spread one block's marks into their buckets: the hash, and the document and position packed
// (document << positionBits | position); returns the document the block ends in.
function spreadPacked(
  hashes: Uint32Array,
  positions: Uint32Array,
  at: BlockPlace,
  ends: Uint32Array,
  next: Uint32Array,
  out: Spread,
): number {
  const { base, length, positionBits } = at;
  const outHashes = out.hashes;
  const outMarks = out.marks;
  let d = at.doc;
  let end = ends[d] ?? 0;
  for (let i = 0; i < length; i++) {
    while (base + i >= end) end = ends[++d] ?? 0;
    const hash = hashes[i] ?? 0;
    const top = hash >>> TOP;
    const to = next[top] ?? 0;
    next[top] = to + 1;
    outHashes[to] = hash;
    outMarks[to] = (d << positionBits) | (positions[i] ?? 0);
  }
  return d;
}

// The documents and positions packed in the first `kept` entries of `packed` (spreadPacked).
function unpack(
  packed: Uint32Array,
  kept: number,
  positionBits: number,
): { docs: Uint32Array; positions: Uint32Array } {
  const docs = new Uint32Array(kept);
  const positions = new Uint32Array(kept);
  const mask = positionBits === 0 ? 0 : -1 >>> (32 - positionBits);
  for (let i = 0; i < kept; i++) {
    const p = packed[i] ?? 0;
    docs[i] = p >>> positionBits;
    positions[i] = p & mask;
  }
  return { docs, positions };
}

// The largest of `values` (0 for none).
function largest(values: Uint32Array): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) if ((values[i] ?? 0) > max) max = values[i] ?? 0;
  return max;
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
