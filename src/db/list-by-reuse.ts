import { summarise } from './articles';
import { listReuseShares } from './cluster-store';
import type { ArchiveDatabase } from './database';
import type { ArticlePage } from './query-types';
import type { ArticleRecord } from './records';

/**
 * One page of the unfiltered library, most reused first: articles with a reuse share (from the
 * latest cluster scan) by share, then every other article, most recently imported first.
 */
export async function listByReuse(
  db: ArchiveDatabase,
  offset: number,
  limit: number,
): Promise<ArticlePage> {
  const shares = await listReuseShares(db);
  // Keys only: ordering 10,000 ids costs far less than reading 10,000 articles.
  const recent = (await db.articles.orderBy('importedAt').reverse().primaryKeys()).map(String);
  const present = new Set(recent);
  const order = [...shares.keys()].filter((id) => present.has(id));
  for (const id of recent) if (!shares.has(id)) order.push(id);
  const rows = await db.articles.bulkGet(order.slice(offset, offset + limit));
  return {
    total: order.length,
    items: rows.filter((a): a is ArticleRecord => a !== undefined).map(summarise),
  };
}

/** Sorts filtered matches in place, most reused first, then most recently imported. */
export async function sortByReuse(db: ArchiveDatabase, matches: ArticleRecord[]): Promise<void> {
  const shares = await listReuseShares(db);
  matches.sort(
    (a, b) =>
      (shares.get(b.id) ?? -1) - (shares.get(a.id) ?? -1) ||
      (a.importedAt < b.importedAt ? 1 : a.importedAt > b.importedAt ? -1 : 0),
  );
}
