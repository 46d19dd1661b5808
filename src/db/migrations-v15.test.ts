import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ArchiveDatabase } from './database';
import {
  schemaV1,
  schemaV2,
  schemaV4,
  schemaV5,
  schemaV7,
  schemaV8,
  schemaV9,
  schemaV11,
  schemaV14,
} from './migrations';
import { schemaV10 } from './imported-clusters';
import { makeArticle } from '../../tests/support/test-articles';
import { searchArticles } from '../ui/data/search';
import { readRevision } from './revision';

/** Opens a database as a v14 build declared it (the version before v15). */
function v14(name: string): Dexie {
  const old = new Dexie(name);
  old.version(1).stores(schemaV1);
  old.version(2).stores(schemaV2);
  old.version(4).stores(schemaV4);
  old.version(5).stores(schemaV5);
  old.version(7).stores(schemaV7);
  old.version(8).stores(schemaV8);
  old.version(9).stores(schemaV9);
  old.version(10).stores(schemaV10);
  old.version(11).stores(schemaV11);
  old.version(14).stores(schemaV14);
  return old;
}

describe('splitSearchIndex (v14 → v15)', () => {
  it('drops the one-string index and the first search builds segments from the articles', async () => {
    const name = `migrate-v15-${crypto.randomUUID()}`;
    const old = v14(name);
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
