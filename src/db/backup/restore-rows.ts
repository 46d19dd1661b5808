import type { ArchiveDatabase } from '../database';
import type { ArchiveBackup } from './backup';

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
