import type { ArchiveDatabase } from './database';
import type { MetaRecord } from './records';
import { summarise } from './summaries';
import { countArticles } from './tags';

/**
 * Filling the summaries of articles archived before schema v18 (see migrations-v18.ts): the
 * upgrade only leaves a mark in `meta`; after the app has opened, a worker reads the older
 * articles a step per short transaction (an import's write waits for one step at most), from
 * where the last step ended, and resumed at the next start if the page closes. Articles written
 * since the upgrade already have theirs (summaries.ts). Until the fill ends, lists read articles.
 */

/** The meta row saying summaries are still to fill: how many articles are passed and the last. */
export interface SummaryFillMark extends MetaRecord {
  /** The last article id passed; none before the first step. */
  readonly after?: string;
}

/** The mark's key in `meta`. */
export const summaryFillKey = 'summaries-to-fill';

/** Articles per step: ~0.5–1 MB read at news sizes, so a write waiting for a step waits little. */
const stepRows = 100;

/** How far the fill has got: articles passed, of about `total`. */
export interface SummaryFillProgress {
  readonly done: number;
  readonly total: number;
}

/** True while older articles' summaries are still to fill (lists then read `articles`). */
export async function summariesToFill(db: ArchiveDatabase): Promise<boolean> {
  return (await db.meta.get(summaryFillKey)) !== undefined;
}

/**
 * Writes the summaries of the next `rows` articles, in one transaction with the mark; returns
 * the articles passed so far, or undefined once the fill is over (the mark is then gone).
 */
export function fillSummaryStep(db: ArchiveDatabase, rows = stepRows): Promise<number | undefined> {
  return db.transaction('rw', [db.meta, db.articles, db.articleSummaries], async () => {
    const mark: SummaryFillMark | undefined = await db.meta.get(summaryFillKey);
    if (!mark) return undefined;
    const from = mark.after;
    const page = await (
      from === undefined ? db.articles.orderBy(':id') : db.articles.where(':id').above(from)
    )
      .limit(rows)
      .toArray();
    await db.articleSummaries.bulkPut(page.map(summarise));
    const done = mark.value + page.length;
    const last = page.at(-1)?.id;
    if (page.length < rows || last === undefined) {
      await db.meta.delete(summaryFillKey);
      return undefined;
    }
    const next: SummaryFillMark = { key: summaryFillKey, value: done, after: last };
    await db.meta.put(next);
    return done;
  });
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
  // The kept count may lag (a count repair pending): what has been passed is at least done.
  let total = await countArticles(db);
  for (;;) {
    if (signal?.aborted) return false;
    const done = await fillSummaryStep(db);
    if (done === undefined) {
      onProgress({ done: total, total });
      return true;
    }
    total = Math.max(total, done);
    onProgress({ done, total });
  }
}
