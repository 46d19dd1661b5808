import { describe, expect, it } from 'vitest';
import type { ArticleText } from '../../db/article-texts';
import { passimClusterRecord } from './passim-cluster-record';

const quote = 'The minister said the line would reopen before the winter, whatever it cost.';
const article = (id: string, publishedAt: number, importedAt: number): ArticleText => ({
  id,
  title: `Rail story ${id}`,
  source: `${id} Gazette`,
  url: '',
  publishedAt,
  importedAt,
  text: quote,
});

describe('a passim cluster stored as Verso’s own', () => {
  it('dates a copy published before 1970 by that date, and it is the origin', () => {
    const articles = new Map([
      ['late', article('late', Date.UTC(2026, 2, 5), Date.UTC(2026, 2, 9))],
      ['old', article('old', Date.UTC(1966, 2, 1), Date.UTC(2026, 2, 10))],
    ]);
    const placed = [...articles.keys()].map((doc) => ({ doc, start: 0, end: quote.length }));
    const record = passimClusterRecord('7', placed, articles);
    expect(record.passages[record.origin]).toMatchObject({
      doc: 'old',
      date: Date.UTC(1966, 2, 1),
      imported: false,
    });
  });

  it('dates an undated copy by its import', () => {
    const articles = new Map([['undated', article('undated', 0, Date.UTC(2026, 2, 9))]]);
    const record = passimClusterRecord('8', [{ doc: 'undated', start: 0, end: 10 }], articles);
    expect(record.passages[0]).toMatchObject({ date: Date.UTC(2026, 2, 9), imported: true });
  });
});
