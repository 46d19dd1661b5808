import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longestIncreasing } from './longest-increasing';

// Quadratic dynamic programming: the length of the longest strictly increasing subsequence.
function longestLength(values: readonly number[]): number {
  const best = values.map(() => 1);
  for (let i = 0; i < values.length; i++)
    for (let j = 0; j < i; j++)
      if ((values[j] ?? 0) < (values[i] ?? 0)) best[i] = Math.max(best[i] ?? 1, (best[j] ?? 1) + 1);
  return Math.max(0, ...best);
}

describe('longestIncreasing', () => {
  it('keeps a longest strictly increasing run, in order', () => {
    expect(longestIncreasing([3, 1, 4, 1, 5, 9, 2, 6], (v) => v)).toHaveLength(4);
    expect(longestIncreasing([5, 5, 5], (v) => v)).toEqual([5]);
    expect(longestIncreasing([], (v: number) => v)).toEqual([]);
  });

  it('matches the quadratic answer and returns a subsequence on any input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 60 }), (values) => {
        const items = values.map((v, i) => ({ v, i }));
        const run = longestIncreasing(items, (x) => x.v);
        expect(run).toHaveLength(longestLength(values));
        run.slice(1).forEach((next, k) => {
          const prev = run[k];
          expect(next.i).toBeGreaterThan(prev?.i ?? -1);
          expect(next.v).toBeGreaterThan(prev?.v ?? -1);
        });
      }),
    );
  });
});
