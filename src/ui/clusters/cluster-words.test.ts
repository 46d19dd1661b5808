import { describe, expect, it } from 'vitest';
import { formatClusterWhen, timedDates } from './cluster-words';

const at = (day: number, hour = 0, minute = 0) => Date.UTC(2026, 2, day, hour, minute);

describe('timedDates', () => {
  it('times the copies that share a day and have a time; ties without times stay dates', () => {
    const dates = [
      { date: at(2, 6, 5), by: 'published' as const },
      { date: at(2, 9, 30), by: 'modified' as const },
      // A date given without a time (midnight): on the same day, but nothing to order it by.
      { date: at(2), by: 'published' as const },
      // An import's hour says nothing of the printing's.
      { date: at(2, 11), by: 'imported' as const },
      // Alone on its day: the date is enough.
      { date: at(3, 8), by: 'published' as const },
      { date: Number.NaN, by: 'imported' as const },
    ];
    expect(timedDates(dates)).toEqual([true, true, false, false, false, false]);
    expect(
      dates.map((d, i) => formatClusterWhen(d.date, d.by, timedDates(dates)[i] ?? false)),
    ).toEqual([
      '2 Mar 2026, 06:05 UTC',
      '2 Mar 2026, 09:30 UTC (last changed)',
      '2 Mar 2026',
      '2 Mar 2026 (imported)',
      '3 Mar 2026',
      'an unknown date',
    ]);
  });

  it('leaves two midnight dates of one day untimed: a tie', () => {
    expect(
      timedDates([
        { date: at(4), by: 'published' },
        { date: at(4), by: 'published' },
      ]),
    ).toEqual([false, false]);
  });
});
