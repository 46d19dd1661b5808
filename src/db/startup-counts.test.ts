import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from './database';
import { checkSummaries } from './summary-fill';
import { countArticles, repairFacets } from './tags';
import { withWriteSession } from './write-session';
import { writeArticles } from './write-articles';
import { makeArticle } from '../../tests/support/test-articles';

const opened: ArchiveDatabase[] = [];
async function fresh(): Promise<ArchiveDatabase> {
  const db = await openArchive(`startup-counts-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** Articles written around the app (as a test or a bench does), so the kept counts disagree. */
async function writeAround(db: ArchiveDatabase, count: number): Promise<void> {
  const raw = new Dexie(db.name);
  await raw.open();
  await raw.table('articles').bulkAdd(Array.from({ length: count }, (_, i) => makeArticle(i + 10)));
  raw.close();
}

/**
 * Runs `check` while this tab holds a write session (an import) for many IndexedDB round trips,
 * far more than the check needs alone; whether it had finished before the session ended.
 */
async function finishedDuringSession(
  db: ArchiveDatabase,
  check: () => Promise<unknown>,
): Promise<{ during: boolean; result: unknown }> {
  let finished = false;
  let checking: Promise<unknown> = Promise.resolve();
  let during = false;
  await withWriteSession(db, async () => {
    checking = check().then((result) => {
      finished = true;
      return result;
    });
    for (let i = 0; i < 40; i++) await db.meta.get('revision');
    during = finished;
  });
  return { during, result: await checking };
}

describe('start-up counts beside an import', () => {
  it('the kept counts are checked only once the import under way has ended', async () => {
    const db = await fresh();
    await writeArticles(db, [makeArticle(1), makeArticle(2)]);
    const { during, result } = await finishedDuringSession(db, () => repairFacets(db));
    expect(during).toBe(false);
    expect(result).toBe(false);
    expect(await countArticles(db)).toBe(2);
  });

  it('the summaries are checked only once the import under way has ended', async () => {
    const db = await fresh();
    await writeArticles(db, [makeArticle(1), makeArticle(2)]);
    const { during, result } = await finishedDuringSession(db, () => checkSummaries(db));
    expect(during).toBe(false);
    expect(result).toBe(false);
  });

  it('with no import under way, both run at once', async () => {
    const db = await fresh();
    await writeArticles(db, [makeArticle(1)]);
    await writeAround(db, 2);
    expect(await repairFacets(db)).toBe(true);
    expect(await checkSummaries(db)).toBe(true);
  });
});
