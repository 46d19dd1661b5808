import { describe, expect, it } from 'vitest';
import { forEachSliced } from './in-slices';

describe('forEachSliced', () => {
  it('visits every item in order, letting other tasks run once the budget is spent', async () => {
    const log: (number | string)[] = [];
    // A task queued before the walk starts runs at its first pause, not after the walk.
    setTimeout(() => log.push('other task'), 0);
    await forEachSliced([1, 2, 3, 4, 5, 6, 7], (n) => log.push(n), { budget: 3 });
    expect(log).toEqual([1, 2, 3, 'other task', 4, 5, 6, 7]);
  });

  it('counts each item by its weight', async () => {
    const log: (number | string)[] = [];
    setTimeout(() => log.push('other task'), 0);
    await forEachSliced([5, 1, 1, 9], (n) => log.push(n), { budget: 6, weight: (n) => n });
    expect(log).toEqual([5, 1, 'other task', 1, 9]);
  });

  it('stops at its next pause when cancelled', async () => {
    const stop = new AbortController();
    const seen: number[] = [];
    const walking = forEachSliced([1, 2, 3, 4], (n) => seen.push(n), {
      budget: 2,
      signal: stop.signal,
    });
    stop.abort();
    await expect(walking).rejects.toThrow();
    expect(seen).toEqual([1, 2]);
  });
});
