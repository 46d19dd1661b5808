import { radixSortPairs } from './radix-sort';
import type { SeedList } from './seeds';

/** Seeds reordered by (docA, docB, posA), and where each document pair's run starts. */
export interface SeedGroups {
  readonly docA: Uint32Array;
  readonly docB: Uint32Array;
  readonly posA: Uint32Array;
  readonly posB: Uint32Array;
  readonly df: Uint32Array;
  /** Start of each pair's run; the last entry is the seed count. */
  readonly bounds: readonly number[];
}

/** Sort seeds by document pair and position with three stable radix passes (no comparator). */
export function groupSeeds(seeds: SeedList): SeedGroups {
  const n = seeds.count;
  let order: Uint32Array = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (const key of [seeds.posA, seeds.docB, seeds.docA]) {
    const keys = new Uint32Array(n);
    for (let i = 0; i < n; i++) keys[i] = key[order[i] ?? 0] ?? 0;
    order = radixSortPairs(keys, order).values;
  }
  const pick = (src: Uint32Array): Uint32Array => {
    const out = new Uint32Array(n);
    for (let i = 0; i < n; i++) out[i] = src[order[i] ?? 0] ?? 0;
    return out;
  };
  const docA = pick(seeds.docA);
  const docB = pick(seeds.docB);
  const bounds: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i === 0 || docA[i] !== docA[i - 1] || docB[i] !== docB[i - 1]) bounds.push(i);
  }
  bounds.push(n);
  return { docA, docB, posA: pick(seeds.posA), posB: pick(seeds.posB), df: pick(seeds.df), bounds };
}
