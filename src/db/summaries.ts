import { articleFollower, inZone } from './article-followers';
import type { DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable } from 'dexie';
import type { ArticleSummary } from './query-types';
import type { ArticleRecord } from './records';

/**
 * Article summaries (schema v18): each article without its text and reader HTML, in a store of
 * their own with the library's sort and filter indexes, so the library list reads rows of a few
 * hundred bytes. Reading `articles` for a page cloned every row's text onto the page's thread:
 * a 10 MB article in the first page cost a 90–100 ms task on each refresh during an import.
 * A Dexie middleware keeps the store in step with `articles` inside the very transaction that
 * writes articles, so every write path (import, edit, delete, undo, restore, versions, tags)
 * keeps it right without knowing about it. Derived data: putting the fill's mark back (see
 * summary-fill.ts) rebuilds it.
 */

/** The store's name. */
export const summariesTable = 'articleSummaries';

/** An article without its text and HTML, for lists. */
export function summarise(article: ArticleRecord): ArticleSummary {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { text, html, ...summary } = article;
  return summary;
}

/** The summaries' side of an articles write that has succeeded as `res` says. */
function follow(
  summaries: DBCoreTable,
  req: DBCoreMutateRequest,
  res: DBCoreMutateResponse,
): Promise<unknown> {
  const { trans } = req;
  if (req.type === 'deleteRange')
    return summaries.mutate({ trans, type: 'deleteRange', range: req.range });
  if (req.type === 'delete') return summaries.mutate({ trans, type: 'delete', keys: req.keys });
  const values = req.values
    .filter((_, i) => !res.failures[i])
    .map((value) => summarise(value as ArticleRecord));
  if (values.length === 0) return inZone(undefined);
  return summaries.mutate({ trans, type: 'put', values });
}

/** Keeps `articleSummaries` in step with `articles` in every read-write transaction. */
export const summariesMiddleware = articleFollower('ArticleSummaries', summariesTable, follow);
