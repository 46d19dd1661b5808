import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from '../../db/database';
import { searchArticles } from './search';
import { restoreArticles, updateArticle, deleteArticles } from '../../db/articles';
import { makeArticle } from '../../../tests/support/test-articles';
import { listArticles } from '../../db/list-articles';
import { readRevision } from '../../db/revision';

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`search-${crypto.randomUUID()}`);
  await restoreArticles(
    db,
    Array.from({ length: 60 }, (_, i) => makeArticle(i)),
  );
});
afterEach(async () => {
  await db.delete();
});

const marked = (h: {
  text: string;
  highlights: readonly { start: number; end: number }[];
}): string[] => h.highlights.map((s) => h.text.slice(s.start, s.end));

describe('searchArticles', () => {
  it('finds every article with all the words, ranks, and highlights them', async () => {
    const hits = await searchArticles(db, 'rail fares spokesperson');
    expect(hits.length).toBe(12);
    expect(hits.every((h) => h.article.title.includes('rail fares'))).toBe(true);
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const first = hits[0];
    if (!first) throw new Error('no hit');
    expect(marked(first.title)).toEqual(['rail', 'fares']);
    expect(marked(first.snippet).map((w) => w.toLowerCase())).toEqual(
      expect.arrayContaining(['rail', 'fares', 'spokesperson']),
    );
  });

  it('searches bylines and sources, folds curly quotes and case, and matches a prefix', async () => {
    expect(
      (await searchArticles(db, 'reporter 7')).every((h) => h.article.byline === 'Reporter 7'),
    ).toBe(true);
    expect((await searchArticles(db, 'morning post hospital')).length).toBeGreaterThan(0);
    expect((await searchArticles(db, 'SPOKESPERS', {}, 100)).length).toBe(60);
    await restoreArticles(db, [makeArticle(100, { text: 'Ukraine’s army said the front held.' })]);
    expect((await searchArticles(db, "ukraine's army")).map((h) => h.article.id)).toEqual([
      'article-000100',
    ]);
    expect((await searchArticles(db, 'nothing-like-this-anywhere')).length).toBe(0);
  });

  it('filters by source, tag and date range', async () => {
    const bySource = await searchArticles(db, 'ministers', { source: 'Daily Ledger' }, 100);
    expect(bySource.length).toBe(15);
    const byTag = await searchArticles(db, 'ministers', { tag: 'wind' }, 100);
    expect(byTag.every((h) => h.article.tags.includes('wind'))).toBe(true);
    expect(byTag.length).toBeGreaterThan(0);
    const inMarch = await searchArticles(
      db,
      'ministers',
      { from: '2025-03-01', to: '2025-03-31' },
      100,
    );
    expect(inMarch.map((h) => new Date(h.article.publishedAt).toISOString().slice(0, 7))).toEqual(
      inMarch.map(() => '2025-03'),
    );
    expect(inMarch.length).toBe(5);
  });

  it('follows edits and deletions, and survives a reopen from the persisted index', async () => {
    await updateArticle(db, 'article-000003', { title: 'Zeppelin sightings over Norfolk' });
    await deleteArticles(db, ['article-000004']);
    expect((await searchArticles(db, 'zeppelin')).map((h) => h.article.id)).toEqual([
      'article-000003',
    ]);
    expect(
      (await searchArticles(db, 'report 4')).some((h) => h.article.id === 'article-000004'),
    ).toBe(false);
    const name = db.name;
    db.close();
    db = await openArchive(name);
    expect((await searchArticles(db, 'zeppelin')).map((h) => h.article.id)).toEqual([
      'article-000003',
    ]);
    expect((await db.searchManifest.get('main'))?.revision).toBe(await readRevision(db));
  });
});

describe('listArticles', () => {
  it('pages in each order and filters, with totals', async () => {
    const page = await listArticles(db, 'imported-desc', {}, 0, 10);
    expect(page.total).toBe(60);
    expect(page.items.map((a) => a.id)[0]).toBe('article-000059');
    expect(page.items[0]).not.toHaveProperty('text');
    const next = await listArticles(db, 'imported-desc', {}, 10, 10);
    expect(next.items[0]?.id).toBe('article-000049');
    const titles = (await listArticles(db, 'title-asc', {}, 0, 60)).items.map((a) => a.sortTitle);
    expect([...titles].sort()).toEqual(titles);
    const ledger = await listArticles(
      db,
      'published-desc',
      { source: 'Daily Ledger', from: '2025-06-01' },
      0,
      100,
    );
    expect(
      ledger.items.every(
        (a) => a.source === 'Daily Ledger' && a.publishedAt >= Date.UTC(2025, 5, 1),
      ),
    ).toBe(true);
    expect(ledger.total).toBe(ledger.items.length);
    const dates = ledger.items.map((a) => a.publishedAt);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });
});
