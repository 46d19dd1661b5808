import { describe, expect, it } from 'vitest';
import type { ClusterPassageRecord } from '../../db/cluster-records';
import { copiesShownWords } from './copy-filter-bar';
import { copySources, filterCopies, noCopyFilters } from './copy-filters';

const day = 86_400_000;
const march1 = Date.UTC(2026, 2, 1);
// A wire story printed by three papers over six days, one paper with no known source.
const copies: ClusterPassageRecord[] = [
  'Daily Ledger',
  'Morning Post',
  '',
  'Daily Ledger',
  'Evening Courier',
  'Morning Post',
].map((source, i) => ({
  doc: `a${i}`,
  start: 0,
  end: 10,
  similarity: 1,
  source,
  // Late in each day (23:00 UTC): an end date must take the whole day.
  date: march1 + i * day + 23 * 3_600_000,
  imported: false,
}));

describe('filterCopies: the collation’s copies by source and date', () => {
  it('keeps every copy, in order, with no filter set', () => {
    expect(filterCopies(copies, noCopyFilters)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('keeps one source’s copies', () => {
    expect(filterCopies(copies, { ...noCopyFilters, source: 'Daily Ledger' })).toEqual([0, 3]);
  });

  it('takes both ends of a date range whole, and combines with the source', () => {
    const range = { ...noCopyFilters, from: '2026-03-02', to: '2026-03-04' };
    expect(filterCopies(copies, range)).toEqual([1, 2, 3]);
    expect(filterCopies(copies, { ...range, source: 'Morning Post' })).toEqual([1]);
    expect(filterCopies(copies, { ...noCopyFilters, to: '2026-02-28' })).toEqual([]);
  });

  it('names the sources once each, alphabetically, without the unknown one', () => {
    expect(copySources(copies)).toEqual(['Daily Ledger', 'Evening Courier', 'Morning Post']);
  });
});

describe('copiesShownWords', () => {
  it('says which page of the listed copies is shown, and what a filter kept', () => {
    expect(copiesShownWords(0, 100, 2_345, 2_345, noCopyFilters)).toBe(
      'Copies 1–100 of 2,345 listed, earliest first.',
    );
    expect(copiesShownWords(2_300, 45, 2_345, 2_345, noCopyFilters)).toBe(
      'Copies 2,301–2,345 of 2,345 listed, earliest first.',
    );
    expect(copiesShownWords(100, 40, 140, 2_345, { ...noCopyFilters, source: 'Post' })).toBe(
      '140 of 2,345 listed copies were printed by Post (101–140 shown).',
    );
    expect(copiesShownWords(0, 6, 6, 6, noCopyFilters)).toBe('6 copies listed, earliest first.');
    const ledger = { ...noCopyFilters, source: 'Daily Ledger', from: '2026-03-02' };
    expect(copiesShownWords(0, 100, 140, 2_345, ledger)).toBe(
      '140 of 2,345 listed copies were printed by Daily Ledger from 2026-03-02 (1–100 shown).',
    );
    expect(copiesShownWords(0, 0, 0, 2_345, ledger)).toBe(
      'No listed copy was printed by Daily Ledger from 2026-03-02.',
    );
  });
});
