import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from './database';
import { archiveSearchStore } from './search-store';
import { bumpRevision, readRevision } from './revision';
import { restoreArticles } from './articles';
import { makeArticle } from '../../tests/support/test-articles';
import { SearchEngine } from '../search/search-engine';
import { rowSize } from '../search/stored-segment';

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`store-${crypto.randomUUID()}`);
  await restoreArticles(
    db,
    Array.from({ length: 20 }, (_, i) => makeArticle(i)),
  );
});
afterEach(async () => {
  await db.delete();
});

describe('the search index store', () => {
  it('refuses to save an index whose revision the archive has moved past (a stale tab)', async () => {
    const store = archiveSearchStore(db);
    const engine = await SearchEngine.open(store, { segmentDocs: 8 });
    const saved = await store.loadManifest();
    const rows = await db.searchSegments.toArray();
    // Another tab writes: the archive is at a new revision this index never saw.
    await db.transaction('rw', db.meta, () => bumpRevision(db));
    engine.apply([makeArticle(30)], [], await readRevision(db));
    await db.transaction('rw', db.meta, () => bumpRevision(db));
    await engine.persist(store);
    expect(await store.loadManifest()).toEqual(saved);
    expect(await db.searchSegments.toArray()).toEqual(rows);
    expect(saved?.revision).not.toBe(await readRevision(db));
  });

  it('rebuilds a saved index that holds fewer articles than the archive at its revision', async () => {
    const store = archiveSearchStore(db);
    // What two tabs left before: an index saved at the current revision, missing articles.
    await SearchEngine.open(
      {
        ...store,
        eachArticle: (visit) =>
          store.eachArticle((a) => void (a.id < 'article-000010' && visit(a))),
      },
      { rebuild: true },
    );
    expect((await store.loadManifest())?.segments.map((s) => s.size)).toEqual([10]);
    const reopened = await SearchEngine.open(store);
    expect(reopened.query('spokesperson', {}, 100)).toHaveLength(20);
    expect((await store.loadManifest())?.segments.map((s) => s.size)).toEqual([20]);
  });

  it('keeps each segment in its own row, written with the manifest in one step', async () => {
    const store = archiveSearchStore(db);
    const engine = await SearchEngine.open(store, { segmentDocs: 8 });
    expect((await db.searchSegments.toArray()).map(rowSize)).toEqual([8, 8, 4]);
    const stamps = (await db.searchSegments.toArray()).map((r) => r.stamp);
    await restoreArticles(db, [makeArticle(40, { title: 'Zeppelin sightings' })]);
    engine.apply([makeArticle(40, { title: 'Zeppelin sightings' })], [], await readRevision(db));
    await engine.persist(store);
    const rows = await db.searchSegments.toArray();
    expect(rows.map(rowSize)).toEqual([8, 8, 4, 1]);
    expect(rows.slice(0, 3).map((r) => r.stamp)).toEqual(stamps);
    const reopened = await SearchEngine.open(store, { segmentDocs: 8 });
    expect(reopened.query('zeppelin', {}, 5).map((m) => m.id)).toEqual(['article-000040']);
  });
});
