/**
 * Patience-diff anchors of a[a0, a1) and b[b0, b1): positions of values that occur exactly once
 * in each range, kept in the longest run that is increasing on both sides (O(n log n)).
 */
export function patienceAnchors(
  a: readonly number[],
  a0: number,
  a1: number,
  b: readonly number[],
  b0: number,
  b1: number,
): [number, number][] {
  const seen = new Map<number, { countA: number; posA: number; countB: number; posB: number }>();
  for (let i = a0; i < a1; i++) {
    const v = a[i] ?? -1;
    const s = seen.get(v);
    if (s) s.countA++;
    else seen.set(v, { countA: 1, posA: i, countB: 0, posB: -1 });
  }
  for (let j = b0; j < b1; j++) {
    const s = seen.get(b[j] ?? -1);
    if (s) {
      s.countB++;
      s.posB = j;
    }
  }
  const pairs: [number, number][] = [];
  for (const s of seen.values()) if (s.countA === 1 && s.countB === 1) pairs.push([s.posA, s.posB]);
  pairs.sort((x, y) => x[0] - y[0]);
  return longestIncreasing(pairs);
}

function longestIncreasing(pairs: readonly [number, number][]): [number, number][] {
  const tails: number[] = [];
  const back = new Int32Array(pairs.length).fill(-1);
  for (let i = 0; i < pairs.length; i++) {
    const pb = pairs[i]?.[1] ?? 0;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tails[mid] ?? 0]?.[1] ?? 0) < pb) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) back[i] = tails[lo - 1] ?? -1;
    tails[lo] = i;
  }
  const out: [number, number][] = [];
  for (let i = tails.at(-1) ?? -1; i >= 0; i = back[i] ?? -1)
    out.push(pairs[i] as [number, number]);
  return out.reverse();
}
