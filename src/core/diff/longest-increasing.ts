/**
 * The longest subsequence of `items` whose keys strictly increase, in order (patience sorting,
 * O(n log n)). Items in a row sorted by one side, keyed by the other, give the largest set of
 * pairs in the same order on both sides: the anchors of patience diff and of paragraph moves.
 */
export function longestIncreasing<T>(items: readonly T[], key: (item: T) => number): T[] {
  const keys = items.map(key);
  // tails[k]: the index of the smallest last key of an increasing run of length k + 1.
  const tails: number[] = [];
  const back = new Int32Array(items.length).fill(-1);
  for (let i = 0; i < items.length; i++) {
    const k = keys[i] ?? 0;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((keys[tails[mid] ?? 0] ?? 0) < k) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) back[i] = tails[lo - 1] ?? -1;
    tails[lo] = i;
  }
  const out: T[] = [];
  for (let i = tails.at(-1) ?? -1; i >= 0; i = back[i] ?? -1) {
    const item = items[i];
    if (item !== undefined) out.push(item);
  }
  return out.reverse();
}
