import { instantiate } from './tokenise-wasm';

// The kernels the clusters' stores run in their own instances of the tokeniser's module: its
// memory is each store's own, given back whole when the store is dropped.

/** The mark store's kernels (src/core/text/assembly/marks.ts); addresses and counts are bytes and u32s. */
export interface MarkKernels {
  readonly memory: { readonly buffer: ArrayBuffer };
  heapStart(): number;
  reserve(top: number): number;
  noteDoc(hashes: number, n: number, counts: number): number;
  spreadAll(
    base: number,
    starts: number,
    from: number,
    to: number,
    positionBits: number,
    packed: number,
    next: number,
    outH: number,
    outM: number,
    x0: number,
    x1: number,
  ): void;
  keepBuckets(
    x0: number,
    x1: number,
    kept: number,
    outH: number,
    outM: number,
    starts: number,
    table: number,
    scratchH: number,
    scratchM: number,
    counts: number,
  ): number;
  unpack(marks: number, kept: number, positionBits: number, docs: number, positions: number): void;
  starSeeds(
    hashes: number,
    docs: number,
    positions: number,
    m: number,
    s0: number,
    s1: number,
    within: number,
    count: number,
    out: number,
    stride: number,
  ): number;
  lookUp(
    marks: number,
    kept: number,
    base: number,
    starts: number,
    docCount: number,
    docs: number,
    positions: number,
  ): void;
}

/**
 * A fresh instance of the module for one mark store (its memory is its own, so it is given back
 * whole when the store is dropped); null where WebAssembly cannot run it.
 */
export function markKernels(): MarkKernels | null {
  return instantiate() as MarkKernels | null;
}

/** The token-hash store's kernels (src/core/text/assembly/lone-seeds.ts; memory as marks.ts). */
export interface HashKernels {
  readonly memory: { readonly buffer: ArrayBuffer };
  heapStart(): number;
  reserve(top: number): number;
  loneSeeds(
    seeds: number,
    count: number,
    minWords: number,
    out: number,
    near: number,
    row: number,
    look: number,
    gram: number,
    before: number,
    after: number,
  ): void;
}

/**
 * A fresh instance of the module for an archive's token hashes (their memory its own, kept for
 * the whole search); null where WebAssembly cannot run it.
 */
export function hashKernels(): HashKernels | null {
  return instantiate() as HashKernels | null;
}
