import type { ArchiveDatabase } from './database';

/** An article as other tools' formats need it: text plus provenance. */
export interface ArticleText {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly url: string;
  /** ms since 1970 UTC; 0 when undated. */
  readonly publishedAt: number;
  readonly importedAt: number;
  readonly text: string;
}

const pick = (a: ArticleText): ArticleText => ({
  id: a.id,
  title: a.title,
  source: a.source,
  url: a.url,
  publishedAt: a.publishedAt,
  importedAt: a.importedAt,
  text: a.text,
});

/** These articles' texts and provenance, by id (ids not in the archive are left out). */
export async function readArticleTexts(
  db: ArchiveDatabase,
  ids: readonly string[],
): Promise<Map<string, ArticleText>> {
  const found = new Map<string, ArticleText>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.articles.bulkGet(ids.slice(i, i + 500));
    for (const row of rows) if (row) found.set(row.id, pick(row));
  }
  return found;
}

/**
 * Every article, in id order, `batch` at a time (so a 10,000-article export never holds every
 * record at once); `visit` may be async.
 */
export async function forEachArticleText(
  db: ArchiveDatabase,
  visit: (articles: readonly ArticleText[], done: number, total: number) => void | Promise<void>,
  batch = 500,
): Promise<void> {
  const ids = (await db.articles.orderBy('id').primaryKeys()).map(String);
  for (let i = 0; i < ids.length; i += batch) {
    const rows = await readArticleTexts(db, ids.slice(i, i + batch));
    await visit([...rows.values()], Math.min(i + batch, ids.length), ids.length);
  }
}
