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
