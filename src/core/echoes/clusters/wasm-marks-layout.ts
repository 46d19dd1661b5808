// The layout and run planning of WasmMarks' sort (wasm-marks.ts): constants, where things are.

/** Bytes a store grows by at least, so that few appends call into WebAssembly to grow it. */
export const GROWTH = 16 << 20;
/** Addresses of linear memory are 32 bits: a layout reaching past this goes to MarkBlocks. */
export const LIMIT = 2 ** 32;
/** Words of the per-bucket seen-once/seen-again table (bucket-filter.ts: 2^(SLOT_BITS − 4)). */
export const TABLE_WORDS = 1 << 15;

/** Marks spread and sorted in one pass at most (see `passes`): 64 MB of spread. */
export const PASS_MARKS = 1 << 23;
/** Sorted marks a starSeeds call goes through, about (then to the end of a run). */
export const SEED_SLICE = 1 << 15;
/** Documents spread a call (~30,000 marks of prose). */
export const SPREAD_DOCS = 128;

/** `at` rounded up to 16 bytes. */
export const align = (at: number): number => Math.ceil(at / 16) * 16;

/** Where the sorted repeats are in linear memory (bytes), and the first byte past all in use. */
export interface Sorted {
  readonly kept: number;
  readonly hashesAt: number;
  readonly docsAt: number;
  readonly positionsAt: number;
  readonly free: number;
  /** Where the store's bytes no longer needed begin (`free` if none are). */
  readonly spare: number;
}

/** Where sortedRepeats' arrays are in linear memory (bytes). */
export interface Places {
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
export interface SpreadShape {
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
export function passes(bucketStarts: Uint32Array, cap: number): [number, number][] {
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

/**
 * The sort's addresses after the store, which ends at `end`: the documents' starts, the bucket
 * tables, the filter's table, the sort's counts, the spread marks (room for all n, but only a
 * pass's marks and those kept are written: see `passes`) and the scratch for the largest bucket;
 * `past` is the first byte after them.
 */
export function sortPlaces(
  end: number,
  docs: number,
  n: number,
  largest: number,
): { place: Places; startsAt: number; past: number } {
  const startsAt = align(end);
  const bucketsAt = align(startsAt + 4 * (docs + 1));
  const nextAt = align(bucketsAt + 257 * 4);
  const tableAt = align(nextAt + 256 * 4);
  const countsAt = align(tableAt + 4 * TABLE_WORDS);
  const outH = align(countsAt + 3 * 256 * 4);
  const outM = align(outH + 4 * n);
  const scratchH = align(outM + 4 * n);
  const scratchM = align(scratchH + 4 * largest);
  const past = align(scratchM + 4 * largest);
  const place = { outH, outM, bucketsAt, nextAt, tableAt, scratchH, scratchM, countsAt };
  return { place, startsAt, past };
}
