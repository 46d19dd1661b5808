import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ArchiveDatabase } from './database';
import { makeArticle } from '../../tests/support/test-articles';
import { archiveAsOf } from '../../tests/support/archive-as-of';
import { searchArticles } from '../ui/data/search';
import { readRevision } from './revision';

describe('splitSearchIndex (v14 → v15)', () => {
  it('drops the one-string index and the first search builds segments from the articles', async () => {
    const name = `migrate-v15-${crypto.randomUUID()}`;
    const old = archiveAsOf(name, 14);
    await old.open();
    await old.table('articles').bulkAdd(Array.from({ length: 12 }, (_, i) => makeArticle(i)));
    await old.table('meta').put({ key: 'revision', value: 7 });
    await old.table('searchIndex').put({ id: 'main', revision: 7, index: '{"documentCount":12}' });
    old.close();

    const db = new ArchiveDatabase(name);
    await db.open();
    expect(db.verno).toBe(new ArchiveDatabase('unopened').verno);
    expect(db.tables.map((t) => t.name)).not.toContain('searchIndex');
    expect(await db.articles.count()).toBe(12);
    expect(await db.searchManifest.count()).toBe(0);
    const hits = await searchArticles(db, 'rail fares', {}, 50);
    expect(hits.map((h) => h.article.id).sort()).toEqual([
      'article-000001',
      'article-000006',
      'article-000011',
    ]);
    expect((await db.searchManifest.get('main'))?.revision).toBe(await readRevision(db));
    expect(await db.searchSegments.count()).toBe(1);
    await db.delete();
  });
});
