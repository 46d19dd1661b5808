import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ArchiveDatabase } from './database';
import { listArticles } from './list-articles';
import { storeArticle } from './store-article';
import { summarise } from './summaries';
import {
  checkSummaries,
  fillOlderSummaries,
  fillSummaryStep,
  summariesComplete,
  summariesToFill,
} from './summary-fill';
import { deleteArticles } from './articles';
import { repairFacets } from './tags';
import { makeArticle } from '../../tests/support/test-articles';
import { archiveAsOf } from '../../tests/support/archive-as-of';

describe('markSummariesToFill (v16 → v18) and filling the older summaries after it', () => {
  it('the upgrade only marks; the library lists from articles until the fill ends, then from summaries', async () => {
    const name = `migrate-v18-${crypto.randomUUID()}`;
    const old = archiveAsOf(name, 16);
    await old.open();
    const articles = Array.from({ length: 250 }, (_, i) => makeArticle(i));
    await old.table('articles').bulkAdd(articles);
    old.close();

    const db = new ArchiveDatabase(name);
    await db.open();
    expect(db.verno).toBe(new ArchiveDatabase('unopened').verno);
    expect(await db.articles.count()).toBe(250);
    expect(await db.articleSummaries.count()).toBe(0);
    expect(await summariesToFill(db)).toBe(true);
    // Still whole: read from the articles, without their text.
    const before = await listArticles(db, 'imported-desc', {}, 0, 3);
    expect(before.items).toEqual([249, 248, 247].map((i) => summarise(makeArticle(i))));

    const seen: number[] = [];
    expect(await fillOlderSummaries(db, (p) => seen.push(p.done))).toBe(true);
    expect(seen.length).toBe(3);
    expect(seen.slice(0, 2)).toEqual([100, 200]);
    expect(await summariesToFill(db)).toBe(false);
    expect(await db.articleSummaries.orderBy('id').toArray()).toEqual(articles.map(summarise));
    expect(await listArticles(db, 'imported-desc', {}, 0, 3)).toEqual(before);
    await db.delete();
  });

  it('fills a step at a time, resumes where it stopped after a reopen, and keeps writes made meanwhile', async () => {
    const name = `migrate-v18-steps-${crypto.randomUUID()}`;
    const old = archiveAsOf(name, 16);
    await old.open();
    await old.table('articles').bulkAdd(Array.from({ length: 250 }, (_, i) => makeArticle(i)));
    old.close();

    const first = new ArchiveDatabase(name);
    await first.open();
    expect(await fillSummaryStep(first, 100)).toBe(100);
    // Written mid-way, before and after the fill's place: their summaries are there at once.
    await storeArticle(first, makeArticle(900, { id: 'article-000050x' }), false);
    await storeArticle(first, makeArticle(901, { id: 'zz-late' }), false);
    await deleteArticles(first, ['article-000010', 'article-000200']);
    expect(await first.articleSummaries.count()).toBe(101);
    const stop = new AbortController();
    stop.abort();
    expect(await fillOlderSummaries(first, undefined, stop.signal)).toBe(false);
    first.close();

    const again = new ArchiveDatabase(name);
    await again.open();
    expect(await summariesToFill(again)).toBe(true);
    expect(await fillOlderSummaries(again)).toBe(true);
    const articles = await again.articles.orderBy('id').toArray();
    expect(articles).toHaveLength(250);
    expect(await again.articleSummaries.orderBy('id').toArray()).toEqual(articles.map(summarise));
    await again.delete();
  });

  it('a new archive needs no fill', async () => {
    const db = new ArchiveDatabase(`new-v18-${crypto.randomUUID()}`);
    await db.open();
    expect(await summariesToFill(db)).toBe(false);
    await db.delete();
  });
});

describe('checkSummaries', () => {
  it('marks the summaries to fill again when articles were written around the app, and the fill mends them', async () => {
    const name = `summaries-check-${crypto.randomUUID()}`;
    const db = new ArchiveDatabase(name);
    await db.articles.bulkAdd([makeArticle(1), makeArticle(2)]);
    expect(await checkSummaries(db)).toBe(false);
    expect(await summariesComplete(db)).toBe(true);
    // Rows written straight into IndexedDB: no middleware, so no summary (and no count).
    const raw = new Dexie(name);
    await raw.open();
    await raw.table('articles').bulkAdd([makeArticle(3), makeArticle(4), makeArticle(5)]);
    raw.close();
    // As at start: the kept counts are mended first, then the summaries checked against them.
    expect(await repairFacets(db)).toBe(true);
    expect(await checkSummaries(db)).toBe(true);
    expect(await summariesComplete(db)).toBe(false);
    // Lists read the articles meanwhile, so all five show.
    expect((await listArticles(db, 'imported-desc', {}, 0, 10)).items).toHaveLength(5);
    expect(await fillOlderSummaries(db)).toBe(true);
    const articles = await db.articles.orderBy('id').toArray();
    expect(await db.articleSummaries.orderBy('id').toArray()).toEqual(articles.map(summarise));
    expect(await summariesComplete(db)).toBe(true);
    await db.delete();
  });
});
