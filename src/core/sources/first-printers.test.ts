import { describe, expect, it } from 'vitest';
import { firstPrinters, firstPrintersWords, type PrintingWhen } from './first-printers';

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

  it('ties every publisher of the earliest day, at one instant or hours apart, earliest first', () => {
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
});
