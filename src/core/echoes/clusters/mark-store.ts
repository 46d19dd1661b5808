import { collectStarSeeds } from './star-seeds';
import type { SeedList } from '../seeds';
import type { SortedMarks } from '../sorted-marks';
import { markKernels } from '../../text/wasm-kernels';
import { MarkBlocks } from './mark-blocks';
import { WasmMarks } from './wasm-marks';

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

/** collectStarSeeds of the store's sorted repeats: made in WebAssembly where the store is. */
export function starSeedsOf(store: MarkStore, within: boolean): SeedList {
  return store instanceof WasmMarks
    ? store.starSeeds(within)
    : collectStarSeeds(store.sortedRepeats(), within);
}
