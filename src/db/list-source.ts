import type { EntityTable } from 'dexie';
import type { ArchiveDatabase } from './database';
import type { ArticleSummary } from './query-types';
import type { ArticleRecord } from './records';
import { summarise } from './summaries';
import { knownComplete, summariesComplete } from './summary-fill';

/** The rows lists read: summaries, or articles read as summaries. */
export type SummaryRows = EntityTable<ArticleSummary, 'id'>;

/**
 * Runs `read` over where lists read articles' metadata: `articleSummaries` (small rows, schema
 * v18), or, while older articles' summaries are still being filled after the upgrade, `articles`
 * itself. Until this page knows the summaries complete, the summaries are read at once beside
 * the check for the fill's mark (one more IndexedDB round trip before the first page, 50–150 ms
 * on a loaded machine, otherwise), and read again from articles if the mark is there. Rows from
 * either go through `asSummary`, so no text or HTML leaves the caller.
 */
export async function fromListSource<T>(
  db: ArchiveDatabase,
  read: (rows: SummaryRows) => Promise<T>,
): Promise<T> {
  if (knownComplete(db)) return read(db.articleSummaries);
  const [complete, answer] = await Promise.all([summariesComplete(db), read(db.articleSummaries)]);
  return complete ? answer : read(db.articles);
}

/** A row read from `fromListSource` as a summary: without text and HTML whichever store it came from. */
export function asSummary(row: ArticleSummary): ArticleSummary {
  return summarise(row as ArticleRecord);
}

/**
 * Articles' summaries by id, in the order asked (undefined where one is not archived): titles,
 * sources and dates without the texts, which a list naming a wire story's thousand printings
 * would otherwise clone onto the page (megabytes each).
 */
export async function getSummaries(
  db: ArchiveDatabase,
  ids: readonly string[],
): Promise<(ArticleSummary | undefined)[]> {
  const rows = await fromListSource(db, (from) => from.bulkGet([...ids]));
  return rows.map((row) => row && asSummary(row));
}
