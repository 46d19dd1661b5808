import type { MarkKernels } from '../../text/wasm-kernels';
import type { SortedMarks } from '../sorted-marks';
import { SeedList } from '../seeds';
import { MarkBlocks } from './mark-blocks';
import { collectStarSeeds } from './star-seeds';
import type { MarkStore } from './mark-store';
import {
  GROWTH,
  LIMIT,
  PASS_MARKS,
  type Places,
  SEED_SLICE,
  SPREAD_DOCS,
  type Sorted,
  type SpreadShape,
  TABLE_WORDS,
  align,
  passes,
  sortPlaces,
} from './wasm-marks-layout';

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
    const sorted = this.sortInWasm();
    if (!sorted) return this.toBlocks().sortedRepeats();
    const out = this.copyOut(sorted);
    this.release();
    return out;
  }

  /**
   * collectStarSeeds (star-seeds.ts) of sortedRepeats, the seeds made in WebAssembly where the
   * marks were sorted (JavaScript gets the seeds, not the marks). Call once, instead of
   * sortedRepeats.
   */
  starSeeds(within: boolean): SeedList {
    const sorted = this.sortInWasm();
    if (!sorted) return collectStarSeeds(this.toBlocks().sortedRepeats(), within);
    const { kept, hashesAt, docsAt, positionsAt, free, spare } = sorted;
    // Five arrays of at most `kept` seeds each (a run of r marks gives at most r − 1).
    const stride = align(4 * kept);
    const k = this.kernels;
    // In the store's pages, spread already, where they fit (memory not given back until the
    // instance is collected: new pages would add to the run's peak); else past all in use.
    const out = spare + 5 * stride <= this.end ? spare : free;
    if (!k || !this.room(out + 5 * stride)) {
      const marks = this.copyOut(sorted);
      this.release();
      return collectStarSeeds(marks, within);
    }
    const u32 = this.u32;
    const hashes = u32.subarray(hashesAt >>> 2, (hashesAt >>> 2) + kept);
    let count = 0;
    // In slices that each start a run of one hash, so that TurboFan's code takes over.
    for (let s0 = 0; s0 < kept;) {
      let s1 = Math.min(kept, s0 + SEED_SLICE);
      while (s1 < kept && hashes[s1] === hashes[s1 - 1]) s1++;
      count =
        k.starSeeds(
          hashesAt,
          docsAt,
          positionsAt,
          kept,
          s0,
          s1,
          within ? 1 : 0,
          count,
          out,
          stride,
        ) >>> 0;
      s0 = s1;
    }
    const seeds = new SeedList();
    const array = (i: number) =>
      u32.slice((out + i * stride) >>> 2, ((out + i * stride) >>> 2) + count);
    seeds.docA = array(0);
    seeds.posA = array(1);
    seeds.docB = array(2);
    seeds.posB = array(3);
    seeds.df = array(4);
    seeds.count = count;
    this.release();
    return seeds;
  }

  // The sorted repeats copied out of WebAssembly memory.
  private copyOut(sorted: Sorted): SortedMarks {
    const view = this.u32;
    const { kept, hashesAt, docsAt, positionsAt } = sorted;
    return {
      hashes: view.slice(hashesAt >>> 2, (hashesAt >>> 2) + kept),
      docs: view.slice(docsAt >>> 2, (docsAt >>> 2) + kept),
      positions: view.slice(positionsAt >>> 2, (positionsAt >>> 2) + kept),
    };
  }

  // The repeats sorted in WebAssembly memory, and where; undefined when the memory cannot grow
  // as far as the sort needs (nothing is changed then) or the marks are already in MarkBlocks.
  private sortInWasm(): Sorted | undefined {
    const k = this.kernels;
    if (!k || this.fallback) return undefined;
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
    const { place, startsAt, past } = sortPlaces(this.end, docs, n, largest);
    const { outM, tableAt } = place;
    const positionBits = 32 - Math.clz32(this.maxPosition);
    // Under 32 bits for the position, so that the shifts are exact (as MarkBlocks).
    const packed =
      positionBits < 32 && positionBits + (32 - Math.clz32(Math.max(0, docs - 1))) <= 32;
    // Packed, the store is free once spread and takes the kept marks' documents and positions;
    // else they are looked up in it, so they go past everything (room for all n, kept ≤ n).
    if (!this.room(packed ? past : past + 8 * n)) return undefined;
    const u32 = this.u32;
    u32.set(this.starts.subarray(0, docs), startsAt >>> 2);
    u32[(startsAt >>> 2) + docs] = n;
    u32.fill(0, tableAt >>> 2, (tableAt >>> 2) + TABLE_WORDS);
    const spread = { startsAt, docs, positionBits, packed: packed ? 1 : 0 };
    let kept = 0;
    for (const [x0, x1] of passes(bucketStarts, Math.max(this.passMarks, largest)))
      kept = this.pass(k, x0, x1, kept, bucketStarts, place, spread);
    const docsAt = packed ? this.base : past;
    const positionsAt = docsAt + 4 * kept;
    if (packed) k.unpack(outM, kept, positionBits, docsAt, positionsAt);
    else k.lookUp(outM, kept, this.base, startsAt, docs, docsAt, positionsAt);
    const free = align(packed ? past : past + 8 * n);
    // Packed, the store's bytes past the documents and positions are no longer needed.
    const spare = packed ? align(positionsAt + 4 * kept) : free;
    return { kept, hashesAt: place.outH, docsAt, positionsAt, free, spare };
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
    if (top >= LIMIT) return false;
    const want = Math.min(LIMIT - 1, Math.max(top, this.top + GROWTH, Math.floor(this.top * 1.5)));
    // Near the memory's limit the margin may not fit where `top` itself still does; a 1 MB
    // margin then, if it fits, spares the next few documents a failing call each.
    const got = [want, Math.min(want, top + (1 << 20)), top].find((t) => k.reserve(t) !== 0);
    if (got === undefined) return false;
    this.top = got;
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
