import { describe, expect, it } from 'vitest';
import { instantToIso, isDateOnly, isInstant, parseInstant, undated } from './parse-instant';

describe('parseInstant', () => {
  it('reads ISO 8601 with and without a zone, and a bare date as midnight UTC', () => {
    expect(parseInstant('2026-03-14T08:30:00Z')).toBe(Date.UTC(2026, 2, 14, 8, 30));
    expect(parseInstant('2026-03-14T09:30:00+01:00')).toBe(Date.UTC(2026, 2, 14, 8, 30));
    expect(parseInstant('2026-03-14T03:30:00.250-0500')).toBe(Date.UTC(2026, 2, 14, 8, 30, 0, 250));
    expect(parseInstant('2026-03-14 08:30')).toBe(Date.UTC(2026, 2, 14, 8, 30));
    expect(parseInstant('20260314T083000Z')).toBe(Date.UTC(2026, 2, 14, 8, 30));
    expect(parseInstant('2026-03-14')).toBe(Date.UTC(2026, 2, 14));
    expect(isDateOnly(parseInstant('2026-03-14'))).toBe(true);
    expect(isDateOnly(parseInstant('2026-03-14T08:30:00Z'))).toBe(false);
  });

  it('reads RFC 2822, numeric and named zones, two-digit years and comments', () => {
    expect(parseInstant('Sat, 14 Mar 2026 09:30:00 +0100')).toBe(Date.UTC(2026, 2, 14, 8, 30));
    expect(parseInstant('14 Mar 2026 03:30 EST')).toBe(Date.UTC(2026, 2, 14, 8, 30));
    expect(parseInstant('Sat, 14 March 26 08:30:00 GMT (Greenwich)')).toBe(
      Date.UTC(2026, 2, 14, 8, 30),
    );
  });

  it('reads a US-style day, month first, with or without its weekday', () => {
    const day = Date.UTC(2026, 2, 6);
    for (const raw of [
      'March 6, 2026',
      'Mar. 6, 2026',
      'Mar 6 2026',
      'Friday, March 6, 2026',
      'Fri., Mar. 6, 2026',
      'March 6th, 2026',
    ])
      expect(parseInstant(raw)).toBe(day);
    expect(parseInstant('Sept. 30, 2026')).toBe(Date.UTC(2026, 8, 30));
  });

  it('orders moments, not strings: 09:00+01:00 is before 08:30Z', () => {
    expect(parseInstant('2026-03-14T09:00:00+01:00')).toBeLessThan(
      parseInstant('2026-03-14T08:30:00Z'),
    );
  });

  it('leaves unknown and impossible dates undated', () => {
    for (const raw of [
      '',
      '   ',
      'yesterday',
      '2026-02-30',
      '2026-13-01',
      '31 Foo 2026',
      // Day or month first: not guessed.
      '06/03/2026',
      'February 30, 2026',
      'Marchly 6, 2026',
      undefined,
    ])
      expect(parseInstant(raw)).toBe(undated);
  });
});

describe('instants a Date can hold', () => {
  it('takes finite numbers within 8.64e15 ms of 1970, and writes the others as undated', () => {
    expect([0, -1, 8.64e15, -8.64e15].every(isInstant)).toBe(true);
    expect([1e20, -8.64e15 - 1, Infinity, NaN, '5'].some(isInstant)).toBe(false);
    expect(instantToIso(1e20)).toBe('');
    expect(instantToIso(Date.UTC(2026, 2, 6))).toBe('2026-03-06');
    expect(instantToIso(8.64e15)).toBe('+275760-09-13');
  });
});
