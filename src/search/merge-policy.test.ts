import { describe, expect, it } from 'vitest';
import { plannedMerges } from './merge-policy';

const sized = (lives: readonly number[], deleted = 0) =>
  lives.map((live, i) => ({ id: i + 1, total: live + deleted, live }));

describe('plannedMerges', () => {
  it('merges eight segments of one size class, never a large one, and rewrites tombstone-heavy ones', () => {
    expect(plannedMerges(sized([8192, 8192, 1, 1, 1, 1, 1, 1, 1]), 8192)).toEqual([]);
    expect(plannedMerges(sized([8192, 1, 1, 1, 1, 1, 1, 1, 1]), 8192)).toEqual([
      [2, 3, 4, 5, 6, 7, 8, 9],
    ]);
    // Eight mid-sized segments merge only as far as the size cap allows.
    expect(plannedMerges(sized(Array(8).fill(3000)), 8192)).toEqual([[1, 2]]);
    expect(plannedMerges(sized(Array(8).fill(1000)), 8192)).toEqual([[1, 2, 3, 4, 5, 6, 7, 8]]);
    expect(plannedMerges([{ id: 4, total: 9, live: 6 }], 8192)).toEqual([]);
    expect(plannedMerges([{ id: 4, total: 9, live: 5 }], 8192)).toEqual([[4]]);
    expect(plannedMerges([{ id: 4, total: 9000, live: 0 }], 8192)).toEqual([[4]]);
  });
});
