import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from './database';
import { repairFacets } from './tags';
import { withWriteSession } from './write-session';
import { makeArticle } from '../../tests/support/test-articles';

// Each slice of the start-up count (tags.ts, countInSlices) waits for an import under way;
// startup-counts.test.ts only opens the import before the count starts, which passes even when
// the wait is moved back above the loop. Here the import begins right after the count's first
// slice of 5,000 keys is read, and the test asks whether the next slice is read while it runs.
const opened: ArchiveDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('the start-up count waits for an import begun between its slices', () => {
  it('does not read its second slice while the import is under way', async () => {
    const db = await openArchive(`startup-slices-${crypto.randomUUID()}`);
    opened.push(db);
    const raw = new Dexie(db.name);
    await raw.open();
    await raw.table('articles').bulkAdd(Array.from({ length: 5_100 }, (_, i) => makeArticle(i)));
    raw.close();
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    let session: Promise<unknown> | undefined;
    let importing = false;
    let secondSliceDuringImport: boolean | undefined;
    const table = db.articles;
    const orderBy = table.orderBy.bind(table);
    const where = table.where.bind(table);
    Object.assign(table, {
      // The first slice: once its keys are in, an import begins.
      orderBy: (index: string) => {
        const collection = orderBy(index);
        const limit = collection.limit.bind(collection);
        return Object.assign(collection, {
          limit: (n: number) => {
            const sliced = limit(n);
            const keys = sliced.primaryKeys.bind(sliced);
            return Object.assign(sliced, {
              primaryKeys: async () => {
                const got = await keys();
                importing = true;
                session ??= withWriteSession(db, () => held);
                return got;
              },
            });
          },
        });
      },
      // The next slices: was the import still under way when one was asked for?
      where: (index: string) => {
        secondSliceDuringImport ??= importing;
        return where(index);
      },
    });
    const counting = repairFacets(db);
    for (let i = 0; i < 2_000 && secondSliceDuringImport === undefined; i++)
      await db.meta.get('revision');
    importing = false;
    release();
    await session;
    await counting;
    expect(session).toBeDefined();
    expect(secondSliceDuringImport).toBe(false);
  });
});
