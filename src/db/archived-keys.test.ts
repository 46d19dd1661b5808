import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ArchiveDatabase } from './database';
import { storeArticles, type StoreOutcome, type ToStore } from './store-article';
import { deleteArticles, restoreArticles, updateArticle } from './articles';
import { batchStamped, readStamp, warmArchivedKeys } from './archived-keys';
import { KeyFilter } from './key-filter';
import { bumpRevision } from './revision';
import { makeArticle } from '../../tests/support/test-articles';
import { countingQueries } from '../../tests/support/counting-queries';
import type { ArticleRecord } from './records';

const opened: ArchiveDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** The archive's index queries counted (what the filter is there to spare). */
async function connect(name: string, queries?: { count: number }): Promise<ArchiveDatabase> {
  const db = new ArchiveDatabase(name);
  if (queries) db.use(countingQueries(queries));
  await db.open();
  opened.push(db);
  return db;
}

const summary = (o: StoreOutcome): string =>
  o.kind === 'already-archived' ? `${o.kind} ${o.existingId}` : `${o.kind} ${o.article.storyId}`;

const item = (record: ArticleRecord, more: Partial<ToStore> = {}): ToStore => ({
  record,
  derivedTitle: false,
  ...more,
});

/** Archived articles and a group exercising every rule (as store-group.test.ts's). */
function tricky(): { archived: ArticleRecord[]; group: ToStore[] } {
  const a = makeArticle(1);
  const b = makeArticle(2, { urlKey: '', url: '' });
  const twelve = makeArticle(12, { urlKey: '', url: '' });
  return {
    archived: [a, b],
    group: [
      item({ ...makeArticle(10), contentHash: a.contentHash }), // a repeat of an archived text
      item({ ...makeArticle(11), urlKey: a.urlKey }), // a version of a, by its address
      item(twelve), // new
      item(makeArticle(13, { urlKey: '', url: '', title: twelve.title, source: twelve.source })),
      item({ ...makeArticle(14), contentHash: twelve.contentHash }), // repeat within the group
      item(makeArticle(15, { urlKey: '', url: '', source: b.source, title: b.title }), {
        derivedTitle: true,
      }),
      item({ ...makeArticle(16), source: b.source, title: b.title, urlKey: '', url: '' }),
      item(
        { ...makeArticle(17), urlKey: a.urlKey, contentHash: a.contentHash, title: 'Retitled' },
        { rules: { retitledIsNewVersion: true } },
      ),
      item(makeArticle(18)),
    ],
  };
}

describe('KeyFilter', () => {
  it('never says no to a key it holds, and rarely maybe to one it does not', () => {
    const filter = new KeyFilter(20_000);
    const held = Array.from({ length: 20_000 }, (_, i) => `h${(i * 2_654_435_761).toString(16)}`);
    for (const key of held) filter.add(key);
    expect(held.every((key) => filter.mayHave(key))).toBe(true);
    const maybes = Array.from({ length: 20_000 }, (_, i) => `absent-${i}`).filter((key) =>
      filter.mayHave(key),
    ).length;
    expect(maybes).toBeLessThan(200);
  });
});

describe('storeArticles with the archived-keys filter', () => {
  it('decides every article as without it, and queries no index for keys surely absent', async () => {
    const { archived, group } = tricky();
    const plain = await connect(`keys-${crypto.randomUUID()}`);
    const queries = { count: 0 };
    const filtered = await connect(`keys-${crypto.randomUUID()}`, queries);
    for (const db of [plain, filtered])
      await storeArticles(
        db,
        archived.map((r) => item(r)),
      );
    await warmArchivedKeys(filtered);
    const expected = await storeArticles(plain, group);
    queries.count = 0;
    const got = await storeArticles(filtered, group);
    expect(got.map(summary)).toEqual(expected.map(summary));
    // Only the keys the archive holds were asked about: a's hash and address, b's title.
    expect(queries.count).toBe(3);
    // A group of new articles asks nothing of the archive's indexes.
    queries.count = 0;
    const news = await storeArticles(
      filtered,
      Array.from({ length: 10 }, (_, i) => item(makeArticle(100 + i))),
    );
    expect(news.every((o) => o.kind === 'added')).toBe(true);
    expect(queries.count).toBe(0);
    // Nor does storing the same again: each now found (and asked about, since they are there).
    const again = await storeArticles(
      filtered,
      Array.from({ length: 10 }, (_, i) => item({ ...makeArticle(100 + i), id: `again-${i}` })),
    );
    expect(again.map((o) => o.kind)).toEqual(Array(10).fill('already-archived'));
  });

  it('sees what another connection stored, edited or restored between its groups', async () => {
    const name = `keys-${crypto.randomUUID()}`;
    const page = await connect(name);
    const other = await connect(name);
    await storeArticles(page, [item(makeArticle(1))]);
    await warmArchivedKeys(page);
    // Another connection (a worker, another tab) stores an article: its repeat is found.
    const [theirs] = await storeArticles(other, [item(makeArticle(2))]);
    const [repeat] = await storeArticles(page, [item({ ...makeArticle(2), id: 'repeat-2' })]);
    expect(repeat).toMatchObject({
      kind: 'already-archived',
      existingId: theirs?.kind === 'already-archived' ? '' : theirs?.article.id,
    });
    // It edits a title (bumping the revision as every writer does): a version by that title joins.
    await updateArticle(other, makeArticle(1).id, { title: 'Edited elsewhere' });
    const [version] = await storeArticles(page, [
      item(
        makeArticle(30, {
          source: makeArticle(1).source,
          title: 'Edited elsewhere',
          urlKey: '',
          url: '',
        }),
      ),
    ]);
    expect(version?.kind).toBe('new-version');
    // It deletes and undoes: the restored text is archived again, and found.
    const removed = await deleteArticles(other, [makeArticle(1).id]);
    const [afterDelete] = await storeArticles(page, [item({ ...makeArticle(1), id: 'back-1' })]);
    expect(afterDelete?.kind).toBe('added');
    await deleteArticles(page, ['back-1']);
    await restoreArticles(other, removed.records);
    const [afterUndo] = await storeArticles(page, [item({ ...makeArticle(1), id: 'again-1' })]);
    expect(afterUndo).toMatchObject({ kind: 'already-archived', existingId: makeArticle(1).id });
  });
});

describe('storeArticles with the filter, when a repeat fills in an archived article', () => {
  it('finds its versions by the address and title it was given', async () => {
    const db = await connect(`keys-${crypto.randomUUID()}`);
    const page = makeArticle(1);
    const unknown = { source: '', url: '', urlKey: '', title: '', sortTitle: '' };
    await storeArticles(db, [item({ ...page, ...unknown })]);
    await warmArchivedKeys(db);
    const [repeat] = await storeArticles(db, [item({ ...page, id: 'page-1' })]);
    expect(repeat).toMatchObject({
      kind: 'already-archived',
      filled: ['title', 'source', 'address'],
    });
    // Still trusted, so it must hold the new keys: else these would be asked nothing, and added.
    const byAddress = makeArticle(20, { urlKey: page.urlKey });
    const byTitle = makeArticle(21, {
      urlKey: '',
      url: '',
      source: page.source,
      title: page.title,
    });
    const versions = await storeArticles(db, [item(byAddress)]);
    const titled = await storeArticles(db, [item(byTitle)]);
    expect([...versions, ...titled].map(summary)).toEqual([
      `new-version ${page.storyId}`,
      `new-version ${page.storyId}`,
    ]);
  });
});

describe('the archived-keys filter while it is built', () => {
  it('misses nothing another connection stores during the build', async () => {
    const name = `keys-${crypto.randomUUID()}`;
    const page = await connect(name);
    const other = await connect(name);
    await storeArticles(page, [item(makeArticle(1))]);
    // The build and another connection's write, under way together, in either order.
    const [, [theirs]] = await Promise.all([
      warmArchivedKeys(page),
      storeArticles(other, [item(makeArticle(2))]),
    ]);
    const [mine] = await storeArticles(page, [item(makeArticle(3))]);
    const repeats = await storeArticles(page, [
      item({ ...makeArticle(2), id: 'repeat-2' }),
      item({ ...makeArticle(3), id: 'repeat-3' }),
    ]);
    const idOf = (o: StoreOutcome | undefined): string | undefined =>
      o && o.kind !== 'already-archived' ? o.article.id : undefined;
    expect(repeats).toMatchObject([
      { kind: 'already-archived', existingId: idOf(theirs) },
      { kind: 'already-archived', existingId: idOf(mine) },
    ]);
  });
});

describe('the saved filter of archived keys', () => {
  /** What importItems does at a batch's start: stamp a revision, load the saved filter. */
  const startBatch = (db: ArchiveDatabase): Promise<void> =>
    db.transaction('rw', [db.meta, db.archivedKeys], async () => {
      const before = await readStamp(db);
      await batchStamped(db, before, await bumpRevision(db));
    });
  const news = (from: number): ToStore[] =>
    Array.from({ length: 5 }, (_, i) => item(makeArticle(from + i)));

  it('is loaded by the next page while current, and left aside once anything else wrote', async () => {
    const name = `keys-${crypto.randomUUID()}`;
    const first = await connect(name);
    await storeArticles(first, news(0));
    await warmArchivedKeys(first);
    // The next page (a new connection) starts a batch with the saved filter: no index queried.
    const queries = { count: 0 };
    const next = await connect(name, queries);
    await startBatch(next);
    expect((await storeArticles(next, news(10))).every((o) => o.kind === 'added')).toBe(true);
    expect(queries.count).toBe(0);
    // Another connection writes after the filter was saved: the next batch queries, and finds it.
    const [theirs] = await storeArticles(first, news(20));
    const later = await connect(name, queries);
    await startBatch(later);
    queries.count = 0;
    const [repeat] = await storeArticles(later, [item({ ...makeArticle(20), id: 'repeat-20' })]);
    expect(queries.count).toBeGreaterThan(0);
    expect(repeat).toMatchObject({
      kind: 'already-archived',
      existingId: theirs?.kind === 'already-archived' ? '' : theirs?.article.id,
    });
  });
});
