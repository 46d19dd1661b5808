import { describe, expect, it } from 'vitest';
import { parseInstant } from '../extract/parse-instant';
import {
  firstPrinters,
  firstPrintersWords,
  statesTimeOfDay,
  type PrintingWhen,
} from './first-printers';

const at = (day: number, hour = 0): number => Date.UTC(2026, 2, day, hour);
const names = (found: { first: readonly PrintingWhen[] } | undefined): string[] =>
  found?.first.map((p) => p.source || p.doc) ?? [];
const first = (items: readonly PrintingWhen[]) => firstPrinters(items, (p) => p);

describe('firstPrinters', () => {
  it('names one printer when one printed it a day before the rest', () => {
    const found = first([
      { at: at(4), source: 'The Guardian', doc: 'g' },
      { at: at(3, 18), source: 'The Times', doc: 't' },
      { at: at(5), source: 'The Post', doc: 'p' },
    ]);
    expect(names(found)).toEqual(['The Times']);
    expect(found?.at).toBe(at(3, 18));
  });

  it('ties every publisher of the earliest day when none states a time of day', () => {
    expect(
      names(
        first([
          { at: at(3, 9), source: 'The Guardian', doc: 'g' },
          { at: at(3, 6), source: 'The Times', doc: 't' },
          { at: at(4), source: 'The Post', doc: 'p' },
          { at: at(3, 23), source: 'Daily Ledger', doc: 'l' },
        ]),
      ),
    ).toEqual(['The Times', 'The Guardian', 'Daily Ledger']);
    expect(
      names(
        first([
          { at: at(3), source: 'The Times', doc: 't' },
          { at: at(3), source: 'The Guardian', doc: 'g' },
        ]),
      ),
    ).toEqual(['The Times', 'The Guardian']);
  });

  it('orders stated times within the day: the earliest wins, later times do not', () => {
    // The q24 wire story: 06:00, 09:00, 12:00 and 15:00 UTC on one day, and a day later.
    const found = first([
      { at: at(3, 9), source: 'Northern Echo Post', doc: 'n', timed: true },
      { at: at(3, 15), source: 'Evening Standard Times', doc: 'e', timed: true },
      { at: at(3, 6), source: 'Daily Ledger', doc: 'l', timed: true },
      { at: at(3, 12), source: 'The Morning Courier', doc: 'm', timed: true },
      { at: at(4, 6), source: 'The Post', doc: 'p', timed: true },
    ]);
    expect(names(found)).toEqual(['Daily Ledger']);
    expect(found?.time).toBe(at(3, 6));
    expect(found?.timed).toEqual([true]);
  });

  it('ties stated times within one minute (the lists show minutes), not a minute apart', () => {
    const found = first([
      { at: at(3, 6) + 40_000, source: 'B', doc: 'b', timed: true },
      { at: at(3, 6) + 5_000, source: 'A', doc: 'a', timed: true },
      { at: at(3, 6) + 60_000, source: 'C', doc: 'c', timed: true },
    ]);
    expect(names(found)).toEqual(['A', 'B']);
  });

  it('ties a date given alone with the earliest stated time of its day, after it', () => {
    const found = first([
      { at: at(3), source: 'Date Only', doc: 'd' },
      { at: at(3, 9), source: 'Nine', doc: 'n', timed: true },
      { at: at(3, 6), source: 'Six', doc: 's', timed: true },
      { at: at(3), source: 'Also Undated Hour', doc: 'u', timed: false },
    ]);
    expect(names(found)).toEqual(['Six', 'Date Only', 'Also Undated Hour']);
    expect(found?.timed).toEqual([true, false, false]);
    expect(found?.time).toBe(at(3, 6));
    expect(found?.at).toBe(at(3));
  });

  it('lets a date alone on an earlier day win over any time of a later day', () => {
    const found = first([
      { at: at(3, 0) + 60_000, source: 'Just After Midnight', doc: 'm', timed: true },
      { at: at(2), source: 'Day Before', doc: 'd' },
    ]);
    expect(names(found)).toEqual(['Day Before']);
    expect(found?.time).toBeUndefined();
    // Alone on its day, a stated time decided nothing: the day did.
    const alone = first([
      { at: at(3, 6), source: 'Ledger', doc: 'l', timed: true },
      { at: at(3, 8), source: 'https://ledger.example/', doc: 'l2', timed: true },
      { at: at(4, 5), source: 'Post', doc: 'p', timed: true },
    ]);
    expect(names(alone)).toEqual(['Ledger']);
    expect(alone?.time).toBeUndefined();
  });

  it('orders times written in other zones by their instant in UTC', () => {
    const when = (raw: string, source: string): PrintingWhen => {
      const t = parseInstant(raw);
      return { at: t, source, doc: source, timed: statesTimeOfDay(t) };
    };
    // 07:30 in Paris is 06:30 UTC, after 06:15 UTC written as 01:15 in New York.
    expect(
      names(
        first([
          when('2026-03-03T07:30:00+01:00', 'Paris'),
          when('Tue, 3 Mar 2026 01:15:00 EST', 'New York'),
          when('2026-03-03', 'Date Only'),
        ]),
      ),
    ).toEqual(['New York', 'Date Only']);
    // 23:30 the evening before in New York is 04:30 UTC on the 4th: a later day than the 3rd.
    expect(
      names(first([when('2026-03-03T23:30:00-05:00', 'Late'), when('2026-03-03', 'Day')])),
    ).toEqual(['Day']);
  });

  it('counts one publisher once (a name and its address), and each unnamed article as its own', () => {
    expect(
      names(
        first([
          { at: at(3, 1), source: 'Daily Ledger', doc: 'a' },
          { at: at(3, 2), source: 'https://www.dailyledger.example/', doc: 'b' },
          { at: at(3, 3), source: '', doc: 'c' },
          { at: at(3, 3), source: '', doc: 'c' },
          { at: at(3, 4), source: '', doc: 'd' },
        ]),
      ),
    ).toEqual(['Daily Ledger', 'c', 'd']);
  });

  it('leaves undated printings out, and has no first when none is dated', () => {
    expect(
      names(
        first([
          { at: Number.NaN, source: 'Undated', doc: 'u' },
          { at: at(9), source: 'The Times', doc: 't' },
        ]),
      ),
    ).toEqual(['The Times']);
    expect(first([{ at: Number.NaN, source: 'Undated', doc: 'u' }])).toBeUndefined();
    expect(first([])).toBeUndefined();
  });

  it('keeps a date before 1970 a date', () => {
    expect(
      names(
        first([
          { at: Date.UTC(1969, 6, 20), source: 'Old Paper', doc: 'o' },
          { at: 0, source: 'Epoch Times', doc: 'e' },
        ]),
      ),
    ).toEqual(['Old Paper']);
  });
});

describe('statesTimeOfDay', () => {
  it('reads a stored date as timed unless it is midnight UTC or an import', () => {
    expect(statesTimeOfDay(parseInstant('2026-03-03T06:00:00Z'))).toBe(true);
    expect(statesTimeOfDay(parseInstant('2026-03-03'))).toBe(false);
    expect(statesTimeOfDay(parseInstant('3 Mar 2026'))).toBe(false);
    expect(statesTimeOfDay(at(3, 6), true)).toBe(false);
    expect(statesTimeOfDay(Number.NaN)).toBe(false);
    expect(statesTimeOfDay(Date.UTC(1969, 6, 20, 20, 17))).toBe(true);
  });
});

describe('firstPrintersWords', () => {
  it('says one printer, or the tie', () => {
    expect(firstPrintersWords(['The Times'], '3 Mar 2026')).toBe(
      'first on 3 Mar 2026 by The Times',
    );
    expect(firstPrintersWords([''], '3 Mar 2026')).toBe('first on 3 Mar 2026');
    expect(firstPrintersWords(['The Times', 'The Guardian'], '3 Mar 2026')).toBe(
      'first: The Times and The Guardian, both 3 Mar 2026',
    );
    expect(firstPrintersWords(['A', 'B', 'C', 'D'], '3 Mar 2026')).toBe(
      'first: A, B, C and D, all 3 Mar 2026',
    );
    expect(firstPrintersWords(['A', 'B', 'C', 'D', 'E', 'F'], '3 Mar 2026')).toBe(
      'first: A, B, C and 3 others, all 3 Mar 2026',
    );
  });

  it('says which tied printer stated the time and which gave the date alone', () => {
    const tied = { time: '06:00 UTC', timed: [true, false] };
    expect(firstPrintersWords(['Daily Ledger', 'The Post'], '3 Mar 2026', tied)).toBe(
      'first: Daily Ledger at 06:00 UTC and The Post (no time given), both 3 Mar 2026',
    );
    expect(firstPrintersWords(['Daily Ledger'], '3 Mar 2026, 06:00 UTC')).toBe(
      'first on 3 Mar 2026, 06:00 UTC by Daily Ledger',
    );
  });
});
