import { type MarkKernels, markKernels } from '../../text/tokenise-wasm';
import type { SortedMarks } from '../sorted-marks';
import { MarkBlocks } from './mark-blocks';

/** Where marks wait for the cluster search: MarkBlocks in JavaScript, or WasmMarks. */
export interface MarkStore {
  /** Marks appended so far. */
  readonly count: number;
  /** Append the marks of the next document (numbered in the order added, from 0). */
  append(hashes: Uint32Array, positions: Uint32Array): void;
  /** Every mark whose hash occurs more than once, sorted by hash, document, position; call once. */
  sortedRepeats(): SortedMarks;
}

/** A mark store: in WebAssembly where it runs, else MarkBlocks. Both give the same marks. */
export function newMarkStore(): MarkStore {
  const kernels = markKernels();
  return kernels ? new WasmMarks(kernels) : new MarkBlocks();
}

/** Bytes a store grows by at least, so that few appends call into WebAssembly to grow it. */
const GROWTH = 16 << 20;
/** Addresses of linear memory are 32 bits: a layout reaching past this goes to MarkBlocks. */
const LIMIT = 2 ** 32;
/** Words of the per-bucket seen-once/seen-again table (bucket-filter.ts: 2^(SLOT_BITS − 4)). */
const TABLE_WORDS = 1 << 15;

/** Marks spread and sorted in one pass at most (see `passes`): 64 MB of spread. */
const PASS_MARKS = 1 << 23;
/** Documents spread a call (~30,000 marks of prose). */
const SPREAD_DOCS = 128;

const align = (at: number): number => Math.ceil(at / 16) * 16;

/**
 * MarkBlocks (mark-blocks.ts) with the marks kept in WebAssembly memory (an instance of its own),
 * each document's hashes then positions, and sortedRepeats' spread into buckets, per-bucket
 * filter and sort done there (src/core/text/assembly/marks.ts): the same marks in the same order,
 * at less CPU than the JavaScript loops and with no warm-up of their code. The instance, and with
 * it every byte of its memory, is let go after the sort. When the memory cannot grow as far as
 * the marks need (over 4 GB of addresses), the marks move to a MarkBlocks and stay there.
 */
export class WasmMarks implements MarkStore {
  private stored = 0;
  private kernels: MarkKernels | null;
  private fallback: MarkBlocks | undefined;
  private u32: Uint32Array;
  /** The bucket counts (counts[top + 1]), then the store from `base`. */
  private readonly countsAt: number;
  private readonly base: number;
  /** The store's end and the memory reserved so far (bytes). */
  private end: number;
  private top: number;
  private starts = new Uint32Array(1024);
  private docs = 0;
  private maxPosition = 0;

  /** `passMarks`: the most marks a pass of the sort spreads (PASS_MARKS; smaller in tests). */
  constructor(
    kernels: MarkKernels,
    private readonly passMarks = PASS_MARKS,
  ) {
    this.kernels = kernels;
    this.countsAt = kernels.heapStart();
    this.base = align(this.countsAt + 257 * 4);
    this.end = this.base;
    this.top = 0;
    this.u32 = new Uint32Array(kernels.memory.buffer);
  }

  /** Marks appended so far. */
  get count(): number {
    return this.fallback ? this.fallback.count : this.stored;
  }

  /** As MarkBlocks.append. */
  append(hashes: Uint32Array, positions: Uint32Array): void {
    const k = this.kernels;
    if (!k || this.fallback) return this.toBlocks().append(hashes, positions);
    const n = hashes.length;
    if (!this.room(this.end + 8 * n)) return this.toBlocks().append(hashes, positions);
    if (this.docs === this.starts.length) {
      const grown = new Uint32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[this.docs++] = this.stored;
    const at = this.end >>> 2;
    this.u32.set(hashes, at);
    this.u32.set(positions.subarray(0, n), at + n);
    this.maxPosition = Math.max(this.maxPosition, k.noteDoc(this.end, n, this.countsAt) >>> 0);
    this.end += 8 * n;
    this.stored += n;
  }

  /** As MarkBlocks.sortedRepeats (see there for the way), in WebAssembly. */
  sortedRepeats(): SortedMarks {
    const k = this.kernels;
    if (!k || this.fallback) return this.toBlocks().sortedRepeats();
    const n = this.stored;
    const docs = this.docs;
    // Each bucket's first mark, as MarkBlocks' bucketStarts, from the counts noteDoc kept.
    const bucketStarts = new Uint32Array(257);
    let largest = 0;
    for (let x = 1; x <= 256; x++) {
      const size = this.u32[(this.countsAt >>> 2) + x] ?? 0;
      bucketStarts[x] = (bucketStarts[x - 1] ?? 0) + size;
      largest = Math.max(largest, size);
    }
    const startsAt = align(this.end);
    const bucketsAt = align(startsAt + 4 * (docs + 1));
    const nextAt = align(bucketsAt + 257 * 4);
    const tableAt = align(nextAt + 256 * 4);
    const countsAt = align(tableAt + 4 * TABLE_WORDS);
    // Room for all n, but only a pass's marks and those kept are written (see `passes`).
    const outH = align(countsAt + 3 * 256 * 4);
    const outM = align(outH + 4 * n);
    const scratchH = align(outM + 4 * n);
    const scratchM = align(scratchH + 4 * largest);
    const past = align(scratchM + 4 * largest);
    const positionBits = 32 - Math.clz32(this.maxPosition);
    // Under 32 bits for the position, so that the shifts are exact (as MarkBlocks).
    const packed =
      positionBits < 32 && positionBits + (32 - Math.clz32(Math.max(0, docs - 1))) <= 32;
    // Packed, the store is free once spread and takes the kept marks' documents and positions;
    // else they are looked up in it, so they go past everything (room for all n, kept ≤ n).
    if (!this.room(packed ? past : past + 8 * n)) return this.toBlocks().sortedRepeats();
    const u32 = this.u32;
    u32.set(this.starts.subarray(0, docs), startsAt >>> 2);
    u32[(startsAt >>> 2) + docs] = n;
    u32.fill(0, tableAt >>> 2, (tableAt >>> 2) + TABLE_WORDS);
    const place = { outH, outM, bucketsAt, nextAt, tableAt, scratchH, scratchM, countsAt };
    const spread = { startsAt, docs, positionBits, packed: packed ? 1 : 0 };
    let kept = 0;
    for (const [x0, x1] of passes(bucketStarts, Math.max(this.passMarks, largest)))
      kept = this.pass(k, x0, x1, kept, bucketStarts, place, spread);
    const docsAt = packed ? this.base : past;
    const positionsAt = docsAt + 4 * kept;
    if (packed) k.unpack(outM, kept, positionBits, docsAt, positionsAt);
    else k.lookUp(outM, kept, this.base, startsAt, docs, docsAt, positionsAt);
    const view = this.u32;
    const out = {
      hashes: view.slice(outH >>> 2, (outH >>> 2) + kept),
      docs: view.slice(docsAt >>> 2, (docsAt >>> 2) + kept),
      positions: view.slice(positionsAt >>> 2, (positionsAt >>> 2) + kept),
    };
    this.release();
    return out;
  }

  // One pass: the marks of buckets [x0, x1) spread after the `kept` marks kept so far, each bucket
  // filtered and sorted and its repeats moved down to follow them; returns how many are kept now.
  private pass(
    k: MarkKernels,
    x0: number,
    x1: number,
    kept: number,
    bucketStarts: Uint32Array,
    at: Places,
    spread: SpreadShape,
  ): number {
    const u32 = this.u32;
    let first = kept;
    for (let x = x0; x <= x1; x++) {
      u32[(at.bucketsAt >>> 2) + x] = first;
      if (x < x1) u32[(at.nextAt >>> 2) + x] = first;
      first += (bucketStarts[x + 1] ?? 0) - (bucketStarts[x] ?? 0);
    }
    const { startsAt, docs, positionBits, packed } = spread;
    // In slices, so that TurboFan's code takes over from Liftoff's (see assembly/marks.ts).
    for (let d = 0; d < docs; d += SPREAD_DOCS) {
      const to = Math.min(docs, d + SPREAD_DOCS);
      k.spreadAll(
        this.base,
        startsAt,
        d,
        to,
        positionBits,
        packed,
        at.nextAt,
        at.outH,
        at.outM,
        x0,
        x1,
      );
    }
    let now = kept;
    for (let x = x0; x < x1; x++)
      now =
        k.keepBuckets(
          x,
          x + 1,
          now,
          at.outH,
          at.outM,
          at.bucketsAt,
          at.tableAt,
          at.scratchH,
          at.scratchM,
          at.countsAt,
        ) >>> 0;
    return now;
  }

  // Memory reserved up to `top` bytes (grown by at least GROWTH); false when it cannot be.
  private room(top: number): boolean {
    const k = this.kernels;
    if (!k) return false;
    if (top <= this.top) return true;
    const want = Math.min(LIMIT - 1, Math.max(top, this.top + GROWTH, Math.floor(this.top * 1.5)));
    if (top >= LIMIT || k.reserve(want) === 0) return false;
    this.top = want;
    if (this.u32.buffer !== k.memory.buffer) this.u32 = new Uint32Array(k.memory.buffer);
    return true;
  }

  // How many marks document `doc` has.
  private sizeOf(doc: number): number {
    const next = doc + 1 < this.docs ? (this.starts[doc + 1] ?? 0) : this.stored;
    return next - (this.starts[doc] ?? 0);
  }

  // The marks moved to a MarkBlocks (the memory could not grow as far as they need).
  private toBlocks(): MarkBlocks {
    if (this.fallback) return this.fallback;
    if (!this.kernels) throw new Error('marks: already sorted');
    const blocks = new MarkBlocks();
    const word = this.base >>> 2;
    for (let d = 0; d < this.docs; d++) {
      const at = word + 2 * (this.starts[d] ?? 0);
      const size = this.sizeOf(d);
      blocks.append(this.u32.subarray(at, at + size), this.u32.subarray(at + size, at + 2 * size));
    }
    this.fallback = blocks;
    this.release();
    return blocks;
  }

  // Let the instance and its memory go.
  private release(): void {
    this.kernels = null;
    this.u32 = new Uint32Array(0);
  }
}

/** Where sortedRepeats' arrays are in linear memory (bytes). */
interface Places {
  readonly outH: number;
  readonly outM: number;
  readonly bucketsAt: number;
  readonly nextAt: number;
  readonly tableAt: number;
  readonly scratchH: number;
  readonly scratchM: number;
  readonly countsAt: number;
}

/** What spreadAll needs to know of the store. */
interface SpreadShape {
  readonly startsAt: number;
  readonly docs: number;
  readonly positionBits: number;
  readonly packed: number;
}

/**
 * The buckets in runs [x0, x1) of at most `cap` marks (or one bucket, if larger): spread and
 * sorted a run at a time, only a run's marks (and those kept before it) are ever written beyond
 * the store, not all of them — at 100,000 articles (24 million marks) ~100 MB less of memory
 * touched, for two more reads of the store's hashes.
 */
function passes(bucketStarts: Uint32Array, cap: number): [number, number][] {
  const runs: [number, number][] = [];
  let x0 = 0;
  for (let x = 1; x <= 256; x++) {
    const size = (bucketStarts[x] ?? 0) - (bucketStarts[x0] ?? 0);
    if (x === 256 || size + ((bucketStarts[x + 1] ?? 0) - (bucketStarts[x] ?? 0)) > cap) {
      runs.push([x0, x]);
      x0 = x;
    }
  }
  return runs;
}
