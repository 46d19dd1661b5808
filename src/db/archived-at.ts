import type { ArchiveDatabase } from './database';
import type { ArticleRecord } from './records';
import { fetchedFrom } from './url-key-fill';
import { namesAnArticle } from '../core/versions/article-address';

/**
 * The archived article each of `keys` (addresses once normalised, core's urlKeyOf) is the address
 * of, as the import's store plan finds it: its own (canonical) address, or one it was fetched by
 * (asked for or redirected to, `urlKeys`). The lowest id wins, as the plan's index reads do; an
 * address that names no article (a front page, a sign-in page) finds none. Two index reads.
 */
export async function archivedAt(
  db: ArchiveDatabase,
  keys: readonly string[],
): Promise<Map<string, ArticleRecord>> {
  const wanted = [...new Set(keys.filter(namesAnArticle))];
  const found = new Map<string, ArticleRecord>();
  if (wanted.length === 0) return found;
  const [own, rows] = await Promise.all([
    db.articles.where('urlKey').anyOf(wanted).toArray(),
    fetchedFrom(db, wanted),
  ]);
  const byId = new Map(own.map((a) => [a.id, a]));
  const missing = [...new Set(rows.map((row) => row.articleId))].filter((id) => !byId.has(id));
  for (const article of await db.articles.bulkGet(missing))
    if (article) byId.set(article.id, article);
  const keep = (key: string, article: ArticleRecord | undefined): void => {
    const known = found.get(key);
    if (article && (!known || article.id < known.id)) found.set(key, article);
  };
  for (const article of own) keep(article.urlKey, article);
  for (const row of rows) keep(row.key, byId.get(row.articleId));
  return found;
}
