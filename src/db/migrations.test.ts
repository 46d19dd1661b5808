import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ArchiveDatabase } from './database';
import { schemaV1 } from './migrations';
import { makeArticle } from '../../tests/support/test-articles';

describe('schema migrations', () => {
  it('upgrades a v1 archive to v2 without losing a field, filling sort keys and word counts', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v1Articles = Array.from({ length: 30 }, (_, i) => {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { sortTitle, wordCount, ...v1 } = makeArticle(i, { title: `  “Quoted” Title ${i}` });
      return v1;
    });
    const old = new Dexie(name);
    old.version(1).stores(schemaV1);
    await old.open();
    await old.table('articles').bulkAdd(v1Articles);
    await old
      .table('stories')
      .bulkAdd(v1Articles.map((a) => ({ id: a.storyId, title: a.title, createdAt: a.importedAt })));
    await old.table('tags').add({ name: 'flood', createdAt: '2026-01-01T00:00:00.000Z' });
    old.close();

    const db = new ArchiveDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    const upgraded = await db.articles.orderBy('id').toArray();
    expect(upgraded).toHaveLength(30);
    upgraded.forEach((article, i) => {
      expect(article).toEqual({
        ...v1Articles[i],
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
});
