import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ArchiveDatabase } from './database';
import { addSubscriptions, listSubscriptions } from './watch-store';
import { makeArticle } from '../../tests/support/test-articles';
import { archiveAsOf } from '../../tests/support/archive-as-of';

// Records as schema v1/v2 stored them: dates as the strings found or written, no urlKey.
function withStringDates(i: number, publishedAt: string) {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { urlKey, ...article } = makeArticle(i, { title: `  “Quoted” Title ${i}` });
  return {
    ...article,
    publishedAt,
    importedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
  };
}

// The newest schema this build declares (Dexie sets verno from the declarations before opening).
const latestVersion = new ArchiveDatabase('unopened').verno;

describe('schema migrations', () => {
  it('upgrades a v1 archive to v2 without losing a field, filling sort keys and word counts', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v1Articles = Array.from({ length: 30 }, (_, i) => {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { sortTitle, wordCount, ...v1 } = withStringDates(i, `2025-01-${10 + (i % 9)}`);
      return v1;
    });
    const old = archiveAsOf(name, 1);
    await old.open();
    await old.table('articles').bulkAdd(v1Articles);
    await old
      .table('stories')
      .bulkAdd(v1Articles.map((a) => ({ id: a.storyId, title: a.title, createdAt: a.importedAt })));
    await old.table('tags').add({ name: 'flood', createdAt: '2026-01-01T00:00:00.000Z' });
    old.close();

    const db = new ArchiveDatabase(name);
    await db.open();
    expect(db.verno).toBe(latestVersion);
    const upgraded = await db.articles.orderBy('id').toArray();
    expect(upgraded).toHaveLength(30);
    upgraded.forEach((article, i) => {
      expect(article).toEqual({
        ...v1Articles[i],
        publishedAt: Date.UTC(2025, 0, 10 + (i % 9)),
        importedAt: Date.UTC(2026, 0, 1, 0, 0, i),
        urlKey: makeArticle(i).urlKey,
        sortTitle: `quoted” title ${i}`,
        wordCount: makeArticle(i).wordCount,
      });
    });
    expect(await db.stories.count()).toBe(30);
    expect(await db.tags.get('flood')).toEqual({
      name: 'flood',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    expect(await db.articles.orderBy('sortTitle').first()).toMatchObject({ id: 'article-000000' });
    await db.delete();
  });

  it('convertDatesToInstants: a v2 archive upgrades to v4 with dates as instants, time zones honoured', async () => {
    const name = `migrate-v4-${crypto.randomUUID()}`;
    const found = [
      '2026-03-14T09:00:00+01:00', // 08:00 UTC: sorted as text it came after the next one
      '2026-03-14T08:30:00Z',
      'Sat, 14 Mar 2026 07:00:00 -0200', // 09:00 UTC
      '2026-03-13',
      '',
      'sometime last spring',
    ];
    const v2Articles = found.map((date, i) => withStringDates(i, date));
    v2Articles.splice(2, 1, {
      ...withStringDates(2, found[2] ?? ''),
      url: 'http://www.news.example/2/amp/?utm_source=x#top',
    });
    const old = archiveAsOf(name, 2);
    await old.open();
    await old.table('articles').bulkAdd(v2Articles);
    await old.table('stories').add({
      id: 'story-0',
      title: 'A story',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    old.close();

    const db = new ArchiveDatabase(name);
    await db.open();
    expect(db.verno).toBe(latestVersion);
    const byId = await db.articles.orderBy('id').toArray();
    expect(byId.map((a) => a.publishedAt)).toEqual([
      Date.UTC(2026, 2, 14, 8, 0),
      Date.UTC(2026, 2, 14, 8, 30),
      Date.UTC(2026, 2, 14, 9, 0),
      Date.UTC(2026, 2, 13),
      0,
      0,
    ]);
    byId.forEach((article, i) => {
      expect(article).toEqual({
        ...v2Articles[i],
        publishedAt: article.publishedAt,
        importedAt: Date.UTC(2026, 0, 1, 0, 0, i),
        urlKey: i % 2 || i === 2 ? `https://news.example/${i}` : '',
      });
    });
    // The index now orders moments: undated first, then the 13th, then 08:00, 08:30, 09:00 UTC.
    expect((await db.articles.orderBy('publishedAt').toArray()).map((a) => a.id)).toEqual(
      [4, 5, 3, 0, 1, 2].map((i) => makeArticle(i).id),
    );
    expect((await db.stories.get('story-0'))?.createdAt).toBe(Date.UTC(2026, 0, 1));
    await db.delete();
  });

  it('upgrades a v2 archive to v5: cluster stores added, the old pair-list cache dropped', async () => {
    const name = `migrate-v5-${crypto.randomUUID()}`;
    const old = archiveAsOf(name, 2);
    await old.open();
    const articles = Array.from({ length: 5 }, (_, i) => makeArticle(i));
    await old.table('articles').bulkAdd(articles);
    const cached = (key: string) => ({
      key,
      articleIds: [articles[0]?.id ?? ''],
      engineVersion: 'x',
      echoes: [],
      computedAt: '2026-01-01T00:00:00.000Z',
    });
    await old.table('echoes').bulkAdd([cached('archive:200:8:0.5'), cached('article:a::8:0.5')]);
    old.close();

    const db = new ArchiveDatabase(name);
    await db.open();
    expect(db.verno).toBe(latestVersion);
    expect(await db.articles.orderBy('id').primaryKeys()).toEqual(articles.map((a) => a.id));
    expect(await db.echoes.toCollection().primaryKeys()).toEqual(['article:a::8:0.5']);
    expect(await db.clusterScans.count()).toBe(0);
    await db.reuse.put({
      articleId: 'article-000001',
      share: 0.4,
      words: 10,
      reusedWords: 4,
      partners: [],
      partnerCount: 0,
      revision: 1,
    });
    expect((await db.reuse.orderBy('share').first())?.articleId).toBe('article-000001');
    await db.delete();
  });

  it('upgrades a v10 archive to v11: the watch stores are added, every article, count and highlight kept', async () => {
    const name = `migrate-v11-${crypto.randomUUID()}`;
    const old = archiveAsOf(name, 10);
    await old.open();
    const articles = Array.from({ length: 5 }, (_, i) => makeArticle(i));
    await old.table('articles').bulkAdd(articles);
    await old.table('facets').put({ key: 'all', kind: 'all', count: 5 });
    await old.table('annotations').put({ id: 'n1', articleId: articles[0]?.id, updatedAt: 1 });
    old.close();

    const db = new ArchiveDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(11); // v14 (near-copy sketches) follows
    expect(await db.articles.orderBy('id').toArray()).toEqual(articles);
    expect(await db.facets.get('all')).toMatchObject({ count: 5 });
    expect(await db.annotations.count()).toBe(1);
    expect(await db.subscriptions.count()).toBe(0);
    const { added } = await addSubscriptions(
      db,
      [{ kind: 'feed', url: 'https://a.example/rss' }],
      5,
    );
    expect(await listSubscriptions(db)).toEqual(added);
    // One subscription per address.
    expect(
      await addSubscriptions(db, [{ kind: 'page', url: 'https://a.example/rss' }]),
    ).toMatchObject({ added: [], existing: 1 });
    expect(await db.watchedPages.count()).toBe(0);
    expect(await db.watchMarks.count()).toBe(0);
    await db.delete();
  });
});
