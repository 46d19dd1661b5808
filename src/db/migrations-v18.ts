import type { Transaction } from 'dexie';
import { summaryFillKey, type SummaryFillMark } from './summary-fill';
import { summariesTable } from './summaries';

/**
 * Schema v18: `articleSummaries`, every article without its text and HTML, indexed as the library
 * sorts and filters (see summaries.ts), so the library list reads small rows.
 */
export const schemaV18 = {
  [summariesTable]: 'id, importedAt, publishedAt, sortTitle, source, *tags',
} as const;

/**
 * v16 → v18: creates `articleSummaries` and marks the older articles' summaries as still to
 * fill. The fill itself runs after the app opens, a step at a time with progress (see
 * summary-fill.ts): done here it would read every article whole and hold the archive shut, as the
 * v16 sketch copy did (~60 s at 100,000 articles). Until it ends, the library reads `articles`.
 */
export async function markSummariesToFill(tx: Transaction): Promise<void> {
  await tx.table<SummaryFillMark, string>('meta').put({ key: summaryFillKey, value: 0 });
}
