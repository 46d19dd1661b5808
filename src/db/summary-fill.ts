import type { ArchiveDatabase } from './database';
import { type PassMark, type PassProgress, passPending, passStep, runPass } from './marked-pass';
import { summarise } from './summaries';
import { countArticles } from './tags';
import { afterWrites } from './write-session';

/**
 * Filling the summaries of articles archived before schema v18 (see migrations-v18.ts): the
 * upgrade only leaves a mark in `meta`; after the app has opened, a worker reads the older
 * articles a step per short transaction (an import's write waits for one step at most), from
 * where the last step ended, and resumed at the next start if the page closes. Articles written
 * since the upgrade already have theirs (summaries.ts). Until the fill ends, lists read articles.
 */

/** The meta row saying summaries are still to fill: how many articles are passed and the last. */
export type SummaryFillMark = PassMark;

/** The mark's key in `meta`. */
export const summaryFillKey = 'summaries-to-fill';

/** Articles per step: ~0.5–1 MB read at news sizes, so a write waiting for a step waits little. */
const stepRows = 100;

/** How far the fill has got: articles passed, of about `total`. */
export type SummaryFillProgress = PassProgress;

/** True while older articles' summaries are still to fill (lists then read `articles`). */
export function summariesToFill(db: ArchiveDatabase): Promise<boolean> {
  return passPending(db, summaryFillKey);
}

/** Archives this page has seen complete: the mark comes back only through `checkSummaries`. */
const complete = new WeakSet<ArchiveDatabase>();

/** True when this page already knows the summaries complete (no IndexedDB read). */
export function knownComplete(db: ArchiveDatabase): boolean {
  return complete.has(db);
}

/** True when lists may read `articleSummaries` (no fill pending); remembered once true. */
export async function summariesComplete(db: ArchiveDatabase): Promise<boolean> {
  if (complete.has(db)) return true;
  if (await summariesToFill(db)) return false;
  complete.add(db);
  return true;
}

/**
 * Puts the fill's mark back, with the summaries emptied for the fill to write afresh, when they
 * disagree in number with the articles (articles written around the app, as a test or a bench
 * writing IndexedDB itself does); true when it did. Compared with the kept count first (one count
 * of the small rows; so run after `repairFacets`), confirmed in one transaction before anything
 * changes; run once at start.
 */
export async function checkSummaries(db: ArchiveDatabase): Promise<boolean> {
  // Counting 100,000 summaries is work an import under way would share: it waits for it.
  await afterWrites(db);
  if (await summariesToFill(db)) return false;
  if ((await db.articleSummaries.count()) === (await countArticles(db))) return false;
  return db.transaction('rw', [db.articles, db.articleSummaries, db.meta], async () => {
    const [articles, summaries] = await Promise.all([
      db.articles.count(),
      db.articleSummaries.count(),
    ]);
    if (articles === summaries) return false;
    await db.articleSummaries.clear();
    await db.meta.put({ key: summaryFillKey, value: 0 });
    complete.delete(db);
    return true;
  });
}

/**
 * Writes the summaries of the next `rows` articles, in one transaction with the mark; returns
 * the articles passed so far, or undefined once the fill is over (the mark is then gone).
 */
export function fillSummaryStep(db: ArchiveDatabase, rows = stepRows): Promise<number | undefined> {
  return passStep(
    db,
    {
      key: summaryFillKey,
      source: db.articles,
      writes: [db.articleSummaries],
      keyOf: (row) => row.id,
      write: (page) => db.articleSummaries.bulkPut(page.map(summarise)),
    },
    rows,
  );
}

/**
 * Fills every summary still to fill, telling `onProgress` after each step; stops early when
 * `signal` aborts (the mark keeps its place for next time). Resolves true when finished.
 */
export async function fillOlderSummaries(
  db: ArchiveDatabase,
  onProgress: (progress: SummaryFillProgress) => void = () => undefined,
  signal?: AbortSignal,
): Promise<boolean> {
  if (!(await summariesToFill(db))) return true;
  // The kept count may lag (a count repair pending): runPass raises it to what was passed.
  return runPass(() => fillSummaryStep(db), await countArticles(db), onProgress, signal);
}
