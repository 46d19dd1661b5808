import { Dexie } from 'dexie';
import type {
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreRangeType,
  DBCoreTable,
} from 'dexie';
import { articleFollower, inZone } from './article-followers';
import { urlKeyRowsOf } from './migrations-v20';
import type { ArticleRecord } from './records';

/**
 * Keeps `urlKeys` (schema v20: the addresses fetched articles were asked by and redirected to) in
 * step with `articles` inside the very transaction that writes them, as summaries.ts does for
 * summaries: every write path (import, edit, merge, undo, restore, delete) keeps the rows right
 * without knowing about them, and nothing is half-written.
 */

/** The store's name. */
export const urlKeysTable = 'urlKeys';

// DBCore's range kinds (a const enum in Dexie's types, so spelled out here).
const anyRange = 3 as DBCoreRangeType;
const boundRange = 2 as DBCoreRangeType;

// Arrays sort after strings in IndexedDB, so [id] .. [id, []] holds every [id, key].
const rowsOf = (id: unknown): DBCoreKeyRange => ({
  type: boundRange,
  lower: [id],
  upper: [id, []],
});

/** The `urlKeys` rows of the articles in an `articles` key range. */
function rowsIn(range: DBCoreKeyRange): DBCoreKeyRange {
  if (range.type === anyRange) return range;
  if (range.type !== boundRange) return rowsOf(range.lower);
  return {
    type: boundRange,
    lower: range.lowerOpen ? [range.lower, []] : [range.lower],
    lowerOpen: range.lowerOpen ?? false,
    upper: range.upperOpen ? [range.upper] : [range.upper, []],
    upperOpen: range.upperOpen ?? false,
  };
}

/** The addresses' side of an articles write that has succeeded as `res` says. */
function follow(
  urlKeys: DBCoreTable,
  req: DBCoreMutateRequest,
  res: DBCoreMutateResponse,
): Promise<unknown> {
  const { trans } = req;
  const drop = (range: DBCoreKeyRange): Promise<unknown> =>
    urlKeys.mutate({ trans, type: 'deleteRange', range });
  if (req.type === 'deleteRange') return drop(rowsIn(req.range));
  if (req.type === 'delete') return Dexie.Promise.all(req.keys.map((id) => drop(rowsOf(id))));
  const written = req.values.filter((_, i) => !res.failures[i]) as ArticleRecord[];
  // A put may change an article's address (an edit, a restore over it): its old rows go first.
  // The requests are queued in order, so the deletes land before the puts.
  const dropped = req.type === 'put' ? written.map((article) => drop(rowsOf(article.id))) : [];
  const values = written.flatMap(urlKeyRowsOf);
  const put = values.length ? urlKeys.mutate({ trans, type: 'put', values }) : inZone(undefined);
  return Dexie.Promise.all([...dropped, put]);
}

/** Keeps `urlKeys` in step with `articles` in every read-write transaction. */
export const urlKeysMiddleware = articleFollower('UrlKeys', urlKeysTable, follow);
