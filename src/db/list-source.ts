import type { EntityTable } from 'dexie';
import type { ArchiveDatabase } from './database';
import type { ArticleSummary } from './query-types';
import type { ArticleRecord } from './records';
import { summarise } from './summaries';
import { summariesComplete } from './summary-fill';

/** The rows lists read: summaries, or articles read as summaries. */
export type SummaryRows = EntityTable<ArticleSummary, 'id'>;

/**
 * Where lists read articles' metadata: `articleSummaries` (small rows, schema v18), or, while
 * older articles' summaries are still being filled after the upgrade, `articles` itself. Rows
 * from either go through `summarise`, so no text or HTML leaves this module.
 */
export async function listSource(db: ArchiveDatabase): Promise<SummaryRows> {
  return (await summariesComplete(db)) ? db.articleSummaries : db.articles;
}

/** A row read from `listSource` as a summary: without text and HTML whichever store it came from. */
export function asSummary(row: ArticleSummary): ArticleSummary {
  return summarise(row as ArticleRecord);
}
