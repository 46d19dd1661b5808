import { describe, expect, it } from 'vitest';
import { runSoon } from './run-soon';

describe('runSoon', () => {
  it('runs queued work later, in order, and not what was dropped', async () => {
    const ran: number[] = [];
    runSoon(() => ran.push(1));
    const drop = runSoon(() => ran.push(2));
    runSoon(() => ran.push(3));
    drop();
    expect(ran).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ran).toEqual([1, 3]);
  });
});
