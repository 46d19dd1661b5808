import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ArchiveDatabase } from './database';
import { storeArticles, type ToStore } from './store-article';
import { batchStamped, readStamp, saveArchivedKeys, warmArchivedKeys } from './archived-keys';
import { articleKeys } from './key-filter';
import { bumpRevision } from './revision';
import { makeArticle } from '../../tests/support/test-articles';
import { countingQueries } from '../../tests/support/counting-queries';
import type { ArticleRecord } from './records';

const opened: ArchiveDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** A connection, its queries through an `articles` index counted (what the filter spares). */
async function connect(name: string, queries = { count: 0 }): Promise<ArchiveDatabase> {
  const db = new ArchiveDatabase(name);
  db.use(countingQueries(queries));
  await db.open();
  opened.push(db);
  return db;
}

const item = (record: ArticleRecord): ToStore => ({ record, derivedTitle: false });
const news = (from: number, n = 5): ToStore[] =>
  Array.from({ length: n }, (_, i) => item(makeArticle(from + i)));

/** An import as importItems makes it: a revision stamped, its groups, the filter saved at its end. */
async function importBatch(db: ArchiveDatabase, group: ToStore[]): Promise<void> {
  await db.transaction('rw', [db.meta, db.archivedKeys], async () => {
    const before = await readStamp(db);
    await batchStamped(db, before, await bumpRevision(db));
  });
  await storeArticles(db, group);
  await saveArchivedKeys(db);
}

describe('the saved filter of archived keys, an import at a time', () => {
  it("saves an import's keys beside the saved filter, not the filter again, and the next page uses both", async () => {
    const name = `since-${crypto.randomUUID()}`;
    const first = await connect(name);
    await storeArticles(first, news(0));
    await warmArchivedKeys(first);
    const built = await first.archivedKeys.get('filter');
    await importBatch(first, news(10));
    // The filter's row is the one saved when built; what the import added is in the second row.
    expect(await first.archivedKeys.get('filter')).toEqual(built);
    const since = await first.archivedKeys.get('filter-since');
    expect(since).toMatchObject({
      base: built?.stamp,
      stamp: await first.transaction('r', first.meta, () => readStamp(first)),
      keys: news(10).flatMap(({ record }) => articleKeys(record)),
    });
    // The next page starts its import with the filter and those keys: new articles query nothing,
    // and a repeat of one the last import added is found.
    const queries = { count: 0 };
    const next = await connect(name, queries);
    await importBatch(next, news(20));
    expect(queries.count).toBe(0);
    const [repeat] = await storeArticles(next, [item({ ...makeArticle(12), id: 'again-12' })]);
    expect(repeat).toMatchObject({ kind: 'already-archived', existingId: makeArticle(12).id });
  });

  it('saves the whole filter again once the keys since outgrow a quarter of it', async () => {
    const name = `since-${crypto.randomUUID()}`;
    const db = await connect(name);
    await storeArticles(db, news(0));
    await warmArchivedKeys(db);
    const built = await db.archivedKeys.get('filter');
    let imports = 0;
    while ((await db.archivedKeys.get('filter'))?.stamp === built?.stamp && imports < 100)
      await importBatch(db, news(100 + 5 * imports++));
    // The smallest filter is 8 KiB: a quarter of it is a few imports' keys, not a hundred.
    expect(imports).toBeGreaterThan(1);
    expect(imports).toBeLessThan(100);
    expect(await db.archivedKeys.get('filter-since')).toBeUndefined();
    // Saved whole, the filter still holds every import's keys, the last one's and the first's.
    const queries = { count: 0 };
    const next = await connect(name, queries);
    await importBatch(next, news(1_000));
    expect(queries.count).toBe(0);
    const last = makeArticle(100 + 5 * (imports - 1));
    const again = [
      item({ ...last, id: 'again-last' }),
      item({ ...makeArticle(100), id: 'again-first' }),
    ];
    expect((await storeArticles(next, again)).map((o) => o.kind)).toEqual([
      'already-archived',
      'already-archived',
    ]);
  });
});
