import type { EntityTable } from 'dexie';
import type { ArchiveDatabase } from './database';
import type { ArticleSummary } from './query-types';
import type { ArticleRecord } from './records';
import { summarise } from './summaries';
import { summariesToFill } from './summary-fill';

/** The rows lists read: summaries, or articles read as summaries. */
export type SummaryRows = EntityTable<ArticleSummary, 'id'>;

/** Archives whose summaries are known complete: the fill's mark, once gone, never comes back. */
const complete = new WeakSet<ArchiveDatabase>();

/**
 * Where lists read articles' metadata: `articleSummaries` (small rows, schema v18), or, while
 * older articles' summaries are still being filled after the upgrade, `articles` itself. Rows
 * from either go through `summarise`, so no text or HTML leaves this module.
 */
export async function listSource(db: ArchiveDatabase): Promise<SummaryRows> {
  if (complete.has(db)) return db.articleSummaries;
  if (await summariesToFill(db)) return db.articles;
  complete.add(db);
  return db.articleSummaries;
}

/** A row read from `listSource` as a summary: without text and HTML whichever store it came from. */
export function asSummary(row: ArticleSummary): ArticleSummary {
  return summarise(row as ArticleRecord);
}
