import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ArchiveDatabase, schemaFor } from './database';
import { openArchiveEarly } from './open-early';
import { storeArticles } from './store-article';
import { urlKeysToFill } from './url-key-fill';
import { makeArticle } from '../../tests/support/test-articles';
import { archiveAsOf } from '../../tests/support/archive-as-of';

/** Each store's key path and indexes (name, key path, unique, multi-entry), as IndexedDB keeps them. */
function layoutOf(db: ArchiveDatabase): Record<string, string[]> {
  const idb = db.backendDB();
  const stores = [...idb.objectStoreNames];
  const read = idb.transaction(stores, 'readonly');
  return Object.fromEntries(
    stores.map((name) => {
      const store = read.objectStore(name);
      const indexes = [...store.indexNames].map((index) => {
        const { keyPath, unique, multiEntry } = store.index(index);
        return `${index}=${JSON.stringify(keyPath)}${unique ? ' unique' : ''}${multiEntry ? ' multi' : ''}`;
      });
      return [
        name,
        [`key ${JSON.stringify(store.keyPath)} ${String(store.autoIncrement)}`, ...indexes],
      ];
    }),
  );
}

const fresh = (prefix: string): string => `${prefix}-${crypto.randomUUID()}`;

/** An archive as v19 left it, with two articles: its name. */
async function olderArchive(prefix: string): Promise<string> {
  const name = fresh(prefix);
  const old = archiveAsOf(name, 19);
  await old.open();
  await old.table('articles').bulkAdd([makeArticle(0), makeArticle(1)]);
  old.close();
  return name;
}

describe('declaring the current schema alone (the page, once the early open knows the version)', () => {
  it('creates a new archive with the same stores and indexes as every version in turn would', async () => {
    const [short, whole] = [fresh('short-new'), fresh('whole-new')];
    expect(schemaFor(await openArchiveEarly(short))).toBe('current');
    const made = new ArchiveDatabase(short, 'current');
    const reference = new ArchiveDatabase(whole, 'history');
    await Promise.all([made.open(), reference.open()]);
    expect(made.backendDB().version).toBe(reference.backendDB().version);
    expect(layoutOf(made)).toEqual(layoutOf(reference));
    // A database built whole is opened by the next page with the current schema alone.
    made.close();
    expect(schemaFor(await openArchiveEarly(short))).toBe('current');
    await Promise.all([made.delete(), reference.delete()]);
  });

  it('opens an archive at the current version as it is: its rows, counts and middlewares', async () => {
    const name = fresh('short-kept');
    const made = new ArchiveDatabase(name);
    const articles = [0, 1, 2].map((i) => ({ record: makeArticle(i), derivedTitle: false }));
    await storeArticles(made, articles);
    made.close();
    expect(schemaFor(await openArchiveEarly(name))).toBe('current');
    const db = new ArchiveDatabase(name, 'current');
    let blocked = false;
    db.on('blocked', () => void (blocked = true));
    await db.open();
    expect(blocked).toBe(false);
    // Opened as it is: a schema declaring more than the archive holds would have made Dexie
    // raise its version to add it.
    expect(db.backendDB().version).toBe(200);
    expect(await db.articleSummaries.count()).toBe(3);
    // Writes through it keep the summaries and counts, as the history's connection does.
    await storeArticles(db, [{ record: makeArticle(3), derivedTitle: false }]);
    expect((await db.facets.get('all'))?.count).toBe(4);
    expect(await db.articleSummaries.count()).toBe(4);
    await db.delete();
  });

  it('upgrades an older archive: the early open names it, and every version is declared', async () => {
    const name = await olderArchive('short-old');
    const stored = await openArchiveEarly(name);
    expect(stored).toBe(190);
    expect(schemaFor(stored)).toBe('history');
    const db = new ArchiveDatabase(name, schemaFor(stored));
    await db.open();
    expect(db.backendDB().version).toBe(200);
    expect(await urlKeysToFill(db)).toBe(true); // v20's upgrade ran
    expect(await db.articles.count()).toBe(2);
    await db.delete();
  });

  it('refuses to upgrade an older archive it finds after all, leaving it whole for the history', async () => {
    const name = await olderArchive('short-race');
    const short = new ArchiveDatabase(name, 'current');
    await expect(short.open()).rejects.toThrow(/upgrade/);
    short.close();
    // Nothing half-converted: still v19, without v20's store or mark, its articles there.
    expect(await openArchiveEarly(name)).toBe(190);
    const db = new ArchiveDatabase(name, 'history');
    await db.open();
    expect(await urlKeysToFill(db)).toBe(true);
    expect(await db.articles.count()).toBe(2);
    await db.delete();
  });

  it('declares every version when the early open learned nothing or found a newer archive', () => {
    expect(schemaFor(undefined)).toBe('history');
    expect(schemaFor(210)).toBe('history');
    expect(schemaFor(10)).toBe('history');
  });
});
