import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { DBCore, Middleware } from 'dexie';
import { ArchiveDatabase } from './database';
import { deleteArticles, restoreArticles, updateArticle } from './articles';
import { listArticles } from './list-articles';
import { storeArticle } from './store-article';
import { summarise } from './summaries';
import { linkVersions } from './versions';
import { makeArticle } from '../../tests/support/test-articles';

/** A middleware counting the reads of `articles` that return whole rows. */
function readsOfArticles(): { count: number; middleware: Middleware<DBCore> } {
  const spy = { count: 0, middleware: undefined as unknown as Middleware<DBCore> };
  spy.middleware = {
    stack: 'dbcore',
    name: 'ArticleReadSpy',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== 'articles') return table;
        return {
          ...table,
          query: (req) => {
            if (req.values) spy.count++;
            return table.query(req);
          },
          getMany: (req) => {
            spy.count++;
            return table.getMany(req);
          },
          get: (req) => {
            spy.count++;
            return table.get(req);
          },
        };
      },
    }),
  };
  return spy;
}

let db: ArchiveDatabase;
afterEach(async () => db.delete());

async function summariesMatchArticles(): Promise<void> {
  const articles = await db.articles.orderBy('id').toArray();
  const summaries = await db.articleSummaries.orderBy('id').toArray();
  expect(summaries).toEqual(articles.map(summarise));
}

describe('articleSummaries, kept by the summaries middleware', () => {
  it('follows every write path in the same transaction: import, edit, versions, delete, undo, clear', async () => {
    db = new ArchiveDatabase(`summaries-${crypto.randomUUID()}`);
    await storeArticle(db, makeArticle(1), false);
    await storeArticle(db, makeArticle(2, { text: 'x'.repeat(300_000) }), false);
    await db.articles.bulkAdd([makeArticle(3), makeArticle(4)]);
    await summariesMatchArticles();
    expect(await db.articleSummaries.count()).toBe(4);
    expect(Object.keys((await db.articleSummaries.get('article-000002')) ?? {})).not.toContain(
      'text',
    );

    await updateArticle(db, 'article-000001', { title: 'A new title', tags: ['kept'] });
    expect((await db.articleSummaries.get('article-000001'))?.title).toBe('A new title');
    await linkVersions(db, 'article-000001', 'article-000003');
    await db.articles.where('id').equals('article-000004').modify({ note: 'modified' });
    await summariesMatchArticles();

    const removed = await deleteArticles(db, ['article-000002', 'article-000003']);
    expect(await db.articleSummaries.get('article-000002')).toBeUndefined();
    await summariesMatchArticles();
    await restoreArticles(db, removed.records);
    await summariesMatchArticles();

    // A write that fails writes no summary either: one transaction.
    await expect(
      db.transaction('rw', db.articles, async () => {
        await db.articles.put({ ...makeArticle(5) });
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await db.articleSummaries.get('article-000005')).toBeUndefined();

    await db.articles.clear();
    expect(await db.articleSummaries.count()).toBe(0);
  });

  it('the library list reads summaries, not article rows, and lists as before', async () => {
    const spy = readsOfArticles();
    const name = `summaries-list-${crypto.randomUUID()}`;
    db = new ArchiveDatabase(name);
    db.use(spy.middleware);
    await db.articles.bulkAdd(Array.from({ length: 30 }, (_, i) => makeArticle(i)));
    spy.count = 0;
    const page = await listArticles(db, 'imported-desc', {}, 5, 10);
    const filtered = await listArticles(db, 'title-asc', { source: 'Daily Ledger' });
    const reused = await listArticles(db, 'reuse-desc');
    expect(spy.count).toBe(0);
    expect(page.total).toBe(30);
    expect(page.items.map((a) => a.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => makeArticle(24 - i).id),
    );
    expect(page.items[0]).toEqual(summarise(makeArticle(24)));
    expect(filtered.items.every((a) => a.source === 'Daily Ledger')).toBe(true);
    expect(filtered.total).toBe(8);
    expect(reused.total).toBe(30);
  });
});
