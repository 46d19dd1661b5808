import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openArchive, type ArchiveDatabase } from './database';
import { bumpRevision } from './revision';
import { checkStartupCounts, countsChecked, countsCheckedKey } from './startup-check';
import { summaryFillKey } from './summary-fill';
import { countArticles } from './tags';
import { writeArticles } from './write-articles';
import { makeArticle } from '../../tests/support/test-articles';

const opened: ArchiveDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function archiveOf(count: number): Promise<ArchiveDatabase> {
  const db = await openArchive(`startup-check-${crypto.randomUUID()}`);
  opened.push(db);
  await writeArticles(
    db,
    Array.from({ length: count }, (_, i) => makeArticle(i + 1)),
  );
  return db;
}

/** Articles written around the app (as an older build or a bench would), so the counts disagree. */
async function writeAround(db: ArchiveDatabase, count: number): Promise<void> {
  const raw = new Dexie(db.name);
  await raw.open();
  await raw.table('articles').bulkAdd(Array.from({ length: count }, (_, i) => makeArticle(i + 50)));
  raw.close();
}

/** How many times the check reads the whole of `articles` or `articleSummaries`. */
function countWholeReads(db: ArchiveDatabase): { readonly reads: () => number } {
  const walks = vi.spyOn(db.articles, 'orderBy');
  const counts = vi.spyOn(db.articleSummaries, 'count');
  return { reads: () => walks.mock.calls.length + counts.mock.calls.length };
}

describe('the start-up check of the kept counts', () => {
  it('reads the archive once, then not at the next start under the same schema', async () => {
    const db = await archiveOf(3);
    const first = countWholeReads(db);
    expect(await checkStartupCounts(db)).toBe(false);
    expect(first.reads()).toBeGreaterThan(0);
    expect(await countsChecked(db)).toBe(true);
    vi.restoreAllMocks();

    const next = countWholeReads(db);
    expect(await checkStartupCounts(db)).toBe(false);
    expect(next.reads()).toBe(0);
  });

  it('checks again under a new schema version, and repairs what another build wrote', async () => {
    const db = await archiveOf(2);
    await checkStartupCounts(db);
    // A build with an older schema wrote articles without keeping the counts: its mark is stale.
    const mark = (await db.meta.get(countsCheckedKey))?.value ?? 0;
    await db.meta.put({ key: countsCheckedKey, value: mark - 100 });
    await writeAround(db, 3);
    expect(await countArticles(db)).toBe(2);
    expect(await checkStartupCounts(db)).toBe(true);
    expect(await countArticles(db)).toBe(5);
    // The summaries are filled afresh first: the mark waits for a start that finds them right.
    expect(await countsChecked(db)).toBe(false);
  });

  it('checks again when the rule changed under the same schema', async () => {
    const db = await archiveOf(2);
    await checkStartupCounts(db);
    const mark = (await db.meta.get(countsCheckedKey))?.value ?? 0;
    expect(mark % 100).toBeGreaterThan(0);
    await db.meta.put({ key: countsCheckedKey, value: mark - 1 });
    const reads = countWholeReads(db);
    expect(await checkStartupCounts(db)).toBe(false);
    expect(reads.reads()).toBeGreaterThan(0);
    expect((await db.meta.get(countsCheckedKey))?.value).toBe(mark);
  });

  it('leaves no mark when an import wrote while it counted', async () => {
    const db = await archiveOf(2);
    // An import's write lands between the count's start and its end.
    const orderBy = db.articles.orderBy.bind(db.articles);
    let revised = false;
    vi.spyOn(db.articles, 'orderBy').mockImplementation((index) => {
      if (!revised) void bumpRevision(db);
      revised = true;
      return orderBy(index);
    });
    expect(await checkStartupCounts(db)).toBe(false);
    expect(revised).toBe(true);
    vi.restoreAllMocks();
    expect(await countsChecked(db)).toBe(false);
    expect(await checkStartupCounts(db)).toBe(false);
    expect(await countsChecked(db)).toBe(true);
  });

  it('leaves no mark while older summaries are still to fill', async () => {
    const db = await archiveOf(2);
    await db.meta.put({ key: summaryFillKey, value: 0 });
    expect(await checkStartupCounts(db)).toBe(false);
    expect(await countsChecked(db)).toBe(false);
  });
});
