import { describe, expect, it } from 'vitest';
import { intervalWords, outcomeWords, totalsWords, whenWords } from './source-words';

describe('source words', () => {
  it('says intervals, outcomes, times and totals in words', () => {
    expect(intervalWords(3_600_000)).toBe('every hour');
    expect(intervalWords(6 * 3_600_000)).toBe('every 6 hours');
    expect(intervalWords(86_400_000)).toBe('every day');
    expect(intervalWords(15 * 60_000)).toBe('every 15 minutes');
    expect(outcomeWords({ kind: 'never' })).toBe('Not checked yet.');
    expect(
      outcomeWords({ kind: 'ok', newCount: 2, changedCount: 1, unchangedCount: 0, notes: [] }),
    ).toBe('2 new, 1 changed.');
    expect(
      outcomeWords({ kind: 'ok', newCount: 0, changedCount: 0, unchangedCount: 0, notes: [] }),
    ).toBe('Nothing new.');
    expect(
      outcomeWords({ kind: 'failed', reason: 'The address redirects in a loop.', blocked: false }),
    ).toBe('The address redirects in a loop.');
    expect(outcomeWords({ kind: 'failed', reason: 'CORS.', blocked: true })).toBe(
      "Out of this browser's reach. CORS.",
    );
    expect(whenWords(0, 5)).toBe('never');
    expect(whenWords(1000, 1000 + 5 * 60_000)).toBe('5 minutes ago');
    expect(whenWords(3 * 3_600_000, 0)).toBe('in 3 hours');
    expect(totalsWords({ totalNew: 1, totalChanged: 2 })).toBe(
      '1 article archived, 2 new versions',
    );
  });
});
