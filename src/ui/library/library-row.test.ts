import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../db/query-types';
import { formatDate, formatWordCount, rowMeta } from './library-row';

describe('formatWordCount', () => {
  it('groups the thousands of a long article and says one word in the singular', () => {
    expect(formatWordCount(1_100_000)).toBe('1,100,000 words');
    expect(formatWordCount(604)).toBe('604 words');
    expect(formatWordCount(1)).toBe('1 word');
    expect(formatWordCount(0)).toBe('0 words');
  });
});

describe('rowMeta', () => {
  // q24 item 11: the Daily Ledger's story and its update, one source and one day.
  const published = Date.UTC(2026, 2, 3, 6);
  const original = {
    source: 'Daily Ledger',
    publishedAt: published,
    importedAt: Date.UTC(2026, 11, 3, 9),
    modifiedAt: Date.UTC(2026, 11, 3, 8),
    modifiedByFile: true,
    wordCount: 163,
  } as unknown as ArticleSummary;
  const update = {
    ...original,
    modifiedAt: Date.UTC(2026, 2, 3, 18, 30),
    modifiedByFile: undefined,
    wordCount: 180,
  } as unknown as ArticleSummary;

  it('tells two versions of one day apart by their time and their page’s update', () => {
    const a = rowMeta(original, true);
    const b = rowMeta(update, true);
    expect(a).not.toBe(b);
    expect(a).toBe(`Daily Ledger · ${formatDate(published, true)} · 163 words`);
    expect(b).toBe(
      `Daily Ledger · ${formatDate(published, true)} · updated ${formatDate(Date.UTC(2026, 2, 3, 18, 30), true)} · 180 words`,
    );
    // A file's own date is when it was saved, not changed: never "updated".
    expect(a).not.toContain('updated');
  });

  it('keeps an article that is no version to its source, day and length', () => {
    expect(rowMeta(update)).toBe(`Daily Ledger · ${formatDate(published)} · 180 words`);
  });
});
