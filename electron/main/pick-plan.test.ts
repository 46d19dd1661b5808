import { describe, expect, it } from 'vitest';
import { planBatches } from './pick-plan';

const mb = 1024 * 1024;
const file = (n: number, size: number) => ({ path: `/f/${n}.txt`, root: '/f', size });

describe('planBatches (folder picker)', () => {
  it('refuses files over the limit before reading, and they cost no bytes', () => {
    const [batch] = planBatches([file(1, 5 * mb), file(2, 50 * mb), file(3, 1)], 10 * mb);
    expect(batch?.map((f) => f.refused)).toEqual([false, true, false]);
  });

  it('sends a folder in batches bounded by bytes and by count, never in one message', () => {
    const folder = Array.from({ length: 1000 }, (_, n) => file(n, 100 * 1024));
    const batches = planBatches(folder, 10 * mb, 16 * mb, 200);
    expect(batches.length).toBe(7);
    expect(batches.every((b) => b.length <= 200)).toBe(true);
    expect(batches.every((b) => b.reduce((s, f) => s + f.size, 0) <= 16 * mb)).toBe(true);
    expect(batches.flat().map((f) => f.path)).toEqual(folder.map((f) => f.path));
  });

  it('puts one file larger than a batch in a batch of its own', () => {
    const batches = planBatches([file(1, 1), file(2, 20 * mb), file(3, 1)], 64 * mb, 16 * mb);
    expect(batches.map((b) => b.length)).toEqual([1, 1, 1]);
  });
});
