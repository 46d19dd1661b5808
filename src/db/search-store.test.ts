import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from './database';
import { archiveSearchStore } from './search-store';
import { bumpRevision, readRevision } from './revision';
import { restoreArticles } from './articles';
import { makeArticle } from '../../tests/support/test-articles';
import { SearchEngine } from '../search/search-engine';

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
    const engine = await SearchEngine.open(store);
    const saved = await store.load();
    // Another tab writes: the archive is at a new revision this index never saw.
    await db.transaction('rw', db.meta, () => bumpRevision(db));
    await engine.persist(store);
    expect(await store.load()).toEqual(saved);
    expect(saved?.revision).not.toBe(await readRevision(db));
  });

  it('rebuilds a saved index that holds fewer articles than the archive at its revision', async () => {
    const store = archiveSearchStore(db);
    await SearchEngine.open(store);
    // What two tabs left before: an index saved at the current revision, missing articles.
    let partial: { revision: number; index: string } | undefined;
    await SearchEngine.open(
      {
        ...store,
        eachArticle: (visit) =>
          store.eachArticle((a) => void (a.id < 'article-000010' && visit(a))),
        save: async (stored) => void (partial = stored),
      },
      true,
    );
    if (!partial) throw new Error('nothing saved');
    await store.save(partial);
    expect(JSON.parse((await store.load())?.index ?? '{}')).toMatchObject({ documentCount: 10 });
    const reopened = await SearchEngine.open(store);
    expect(reopened.query('spokesperson', {}, 100)).toHaveLength(20);
  });
});
