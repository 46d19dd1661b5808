import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from './database';
import { deleteArticles, restoreArticles, updateArticle } from './articles';
import { restoreArchive, exportArchive, type ArchiveBackup } from './backup/backup';
import { checkBackup } from '../import/check-backup';
import { nodeDom } from '../../tests/support/node-dom';
import { storeArticle } from './store-article';
import { countArticles, listSources, repairFacets } from './tags';
import { makeArticle } from '../../tests/support/test-articles';
import { archiveAsOf } from '../../tests/support/archive-as-of';
import { writeArticles } from './write-articles';

const opened: ArchiveDatabase[] = [];
async function fresh(): Promise<ArchiveDatabase> {
  const db = await openArchive(`facets-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** The counts recomputed from the articles themselves, to compare the kept ones with. */
async function recount(db: ArchiveDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await db.articles.each((a) => {
    counts.all = (counts.all ?? 0) + 1;
    counts[`source:${a.source}`] = (counts[`source:${a.source}`] ?? 0) + 1;
    for (const tag of new Set(a.tags)) counts[`tag:${tag}`] = (counts[`tag:${tag}`] ?? 0) + 1;
  });
  return counts;
}

async function kept(db: ArchiveDatabase): Promise<Record<string, number>> {
  const rows = await db.facets.toArray();
  return Object.fromEntries(rows.map((r) => [r.key, r.count]));
}

describe('facets (the library counts kept with every write)', () => {
  it('match a recount through import, edit, delete, undo and restore', async () => {
    const db = await fresh();
    expect(await countArticles(db)).toBe(0);
    await writeArticles(
      db,
      Array.from({ length: 40 }, (_, i) => makeArticle(i)),
    );
    expect(await kept(db)).toEqual(await recount(db));
    expect(await countArticles(db)).toBe(40);

    const stored = await storeArticle(db, makeArticle(50, { tags: ['new', 'new', 'rail'] }), false);
    const again = await storeArticle(db, makeArticle(50, { id: 'other-id' }), false);
    expect([stored.kind, again.kind]).toEqual(['added', 'already-archived']);
    expect(await kept(db)).toEqual(await recount(db));

    await updateArticle(db, 'article-000001', { tags: ['flood', 'rail', 'new tag'] });
    await updateArticle(db, 'article-000002', { source: 'A New Source' });
    expect(await kept(db)).toEqual(await recount(db));
    expect(await listSources(db)).toContain('A New Source');

    const removed = await deleteArticles(db, ['article-000003', 'article-000004', 'missing']);
    expect(await kept(db)).toEqual(await recount(db));
    expect(await countArticles(db)).toBe(39);
    await restoreArticles(db, removed.records);
    expect(await kept(db)).toEqual(await recount(db));

    const backup = await exportArchive(db);
    await writeArticles(db, [makeArticle(100, { source: 'Only Here' })]);
    expect(await listSources(db)).toContain('Only Here');
    await restoreArchive(db, backup, 'replace', (b: ArchiveBackup) =>
      checkBackup(b, { window: nodeDom.sanitiseWindow }),
    );
    expect(await kept(db)).toEqual(await recount(db));
    expect(await listSources(db)).not.toContain('Only Here');
    expect(await countArticles(db)).toBe(41);
  });

  it('drop a source once its last article goes, and list sources sorted without the empty one', async () => {
    const db = await fresh();
    await writeArticles(db, [
      makeArticle(1, { source: 'Zeta' }),
      makeArticle(2, { source: 'Alpha' }),
      makeArticle(3, { source: '' }),
    ]);
    expect(await listSources(db)).toEqual(['Alpha', 'Zeta']);
    await deleteArticles(db, [makeArticle(1).id]);
    expect(await listSources(db)).toEqual(['Alpha']);
    expect(await kept(db)).toEqual(await recount(db));
  });

  it('are counted when a v2 archive is upgraded', async () => {
    const name = `facets-upgrade-${crypto.randomUUID()}`;
    const old = archiveAsOf(name, 2);
    await old.open();
    await old.table('articles').bulkAdd(Array.from({ length: 25 }, (_, i) => makeArticle(i)));
    old.close();
    const db = await openArchive(name);
    opened.push(db);
    expect(await countArticles(db)).toBe(25);
    expect(await kept(db)).toEqual(await recount(db));
    expect(await db.articles.count()).toBe(25);
  });

  it('are repaired at start when articles were written around them', async () => {
    const db = await fresh();
    await writeArticles(db, [makeArticle(1)]);
    const raw = new Dexie(db.name);
    await raw.open();
    await raw.table('articles').bulkAdd(Array.from({ length: 12 }, (_, i) => makeArticle(i + 10)));
    raw.close();
    expect(await countArticles(db)).toBe(1);
    expect(await repairFacets(db)).toBe(true);
    expect(await kept(db)).toEqual(await recount(db));
    expect(await countArticles(db)).toBe(13);
    expect(await repairFacets(db)).toBe(false);
  });

  // Dexie.js issue #1709: the middleware's steps ran after native awaits, outside Dexie's zone,
  // and Dexie's hooks layer below then threw "Cannot read properties of undefined (reading
  // 'table')" for any write not inside an async db.transaction scope.
  it('follow writes made outside an async transaction scope (bare, or in a plain-function scope)', async () => {
    const db = await fresh();
    await db.articles.bulkAdd(Array.from({ length: 30 }, (_, i) => makeArticle(i)));
    await db.transaction('rw', db.articles, () =>
      db.articles.bulkAdd(Array.from({ length: 5 }, (_, i) => makeArticle(i + 100))),
    );
    await Promise.all([
      db.articles.put(makeArticle(200, { source: 'Two At Once', tags: ['x', 'y'] })),
      db.articles.bulkPut([makeArticle(1, { source: 'Moved' }), makeArticle(201)]),
    ]);
    await db.articles.bulkDelete([makeArticle(2).id, makeArticle(3).id]);
    await db.articles.where('source').equals('Moved').delete();
    expect(await db.articles.count()).toBe(34);
    expect(await kept(db)).toEqual(await recount(db));
    await db.articles.clear();
    expect(await kept(db)).toEqual({});
  });

  // Each write reads the counts and puts them back: two bulk writes in flight in one transaction
  // must take turns, or both read the same count and one increment is lost.
  it('count every article when bulk writes of one source are in flight at once', async () => {
    const db = await fresh();
    const batch = (from: number) =>
      Array.from({ length: 10 }, (_, i) => makeArticle(from + i, { source: 'Shared' }));
    await db.transaction('rw', db.articles, () =>
      Promise.all([
        db.articles.bulkPut(batch(0)),
        db.articles.bulkAdd(batch(10)),
        db.articles.put(makeArticle(30)),
      ]),
    );
    expect(await kept(db)).toEqual(await recount(db));
    expect((await kept(db))['source:Shared']).toBe(20);
  });
});
