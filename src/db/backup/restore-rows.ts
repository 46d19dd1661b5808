import type { ArchiveDatabase } from '../database';
import type { ArticleRecord } from '../records';
import type { ArchiveBackup } from './backup';
import { sameSource } from '../store-plan';

/** The rows of `rows` whose key the table does not hold yet: merging adds, never overwrites. */
export async function missing<T, K>(
  table: { bulkGet(keys: K[]): PromiseLike<readonly unknown[]> },
  rows: readonly T[],
  keyOf: (row: T) => K,
): Promise<T[]> {
  const found = await table.bulkGet(rows.map(keyOf));
  return rows.filter((_, i) => found[i] === undefined);
}

/**
 * Which of a merge's articles (none of their ids archived) the archive already holds by text: the
 * same text from the same source, as an import judges a repeat (store-plan's sameSource). Only
 * articles outside the backup count: the backup's own, written by an earlier batch of this
 * restore (or held under the same id), are other printings or versions of it, never repeats —
 * else a merge into an empty archive would drop a paper's printing that fell in a later batch.
 */
export async function archivedByText(
  db: ArchiveDatabase,
  articles: readonly ArticleRecord[],
  backupIds: ReadonlySet<string>,
): Promise<Set<string>> {
  if (articles.length === 0) return new Set();
  // Keys first: a merge of a backup into the archive it came from matches only its own articles,
  // whose rows (with their texts) need no reading.
  const ids = await db.articles
    .where('contentHash')
    .anyOf(articles.map((a) => a.contentHash))
    .primaryKeys();
  const sources = new Map<string, string[]>();
  for (const other of await db.articles.bulkGet(ids.filter((id) => !backupIds.has(id))))
    if (other)
      sources.set(other.contentHash, [...(sources.get(other.contentHash) ?? []), other.source]);
  return new Set(
    articles
      .filter((a) => (sources.get(a.contentHash) ?? []).some((s) => sameSource(s, a.source)))
      .map((a) => a.id),
  );
}

/**
 * Adds the backup's watched sources the archive lacks (by id or address: merging never
 * overwrites), and their watched pages; a page whose article is not in the archive forgets it,
 * so its next check imports it again rather than pointing at nothing.
 */
export async function restoreWatch(db: ArchiveDatabase, backup: ArchiveBackup): Promise<void> {
  const subscriptions = await missing(db.subscriptions, backup.subscriptions ?? [], (s) => s.id);
  const taken = await db.subscriptions
    .where('url')
    .anyOf(subscriptions.map((s) => s.url))
    .keys();
  const fresh = subscriptions.filter((s) => !taken.includes(s.url));
  await db.subscriptions.bulkAdd(fresh);
  const ours = new Set(fresh.map((s) => s.id));
  const pages = await missing(
    db.watchedPages,
    (backup.watchedPages ?? []).filter((p) => ours.has(p.subscriptionId)),
    (p) => p.url,
  );
  const articles = await db.articles.bulkGet(pages.map((p) => p.articleId || '\u0000'));
  await db.watchedPages.bulkAdd(pages.map((p, i) => (articles[i] ? p : { ...p, articleId: '' })));
}
