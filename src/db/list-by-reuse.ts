import { listReuseShares } from './cluster-store';
import type { ArchiveDatabase } from './database';
import { asSummary, type SummaryRows } from './list-source';
import type { ArticlePage, ArticleSummary } from './query-types';

/**
 * One page of the unfiltered library, most reused first: articles with a reuse share (from the
 * latest cluster scan) by share, then every other article, most recently imported first. Rows
 * come from `source` (see list-source.ts).
 */
export async function listByReuse(
  db: ArchiveDatabase,
  source: SummaryRows,
  offset: number,
  limit: number,
): Promise<ArticlePage> {
  const shares = await listReuseShares(db);
  // Keys only: ordering 10,000 ids costs far less than reading 10,000 articles.
  const recent = (await source.orderBy('importedAt').reverse().primaryKeys()).map(String);
  const present = new Set(recent);
  const order = [...shares.keys()].filter((id) => present.has(id));
  for (const id of recent) if (!shares.has(id)) order.push(id);
  const rows = await source.bulkGet(order.slice(offset, offset + limit));
  return {
    total: order.length,
    items: rows.filter((a): a is ArticleSummary => a !== undefined).map(asSummary),
  };
}

/** Sorts filtered matches in place, most reused first, then most recently imported. */
export async function sortByReuse(db: ArchiveDatabase, matches: ArticleSummary[]): Promise<void> {
  const shares = await listReuseShares(db);
  matches.sort(
    (a, b) =>
      (shares.get(b.id) ?? -1) - (shares.get(a.id) ?? -1) ||
      (a.importedAt < b.importedAt ? 1 : a.importedAt > b.importedAt ? -1 : 0),
  );
}
