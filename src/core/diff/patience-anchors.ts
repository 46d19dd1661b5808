import { longestIncreasing } from './longest-increasing';

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
  return longestIncreasing(pairs, (pair) => pair[1]);
}
