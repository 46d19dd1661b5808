import { ArticleGoneError } from './article-gone';
import type { ArchiveDatabase } from './database';
import { withWriteSession } from './write-session';
import type { ArticleRecord } from './records';
import { bumpRevision } from './revision';
import { afterArticlesChanged } from './changes';
import { compareVersions } from '../core/versions/version-order';

/** The versions of a story, oldest first (core's version order: published, modified, imported). */
export async function listVersions(db: ArchiveDatabase, storyId: string): Promise<ArticleRecord[]> {
  const versions = await db.articles.where('storyId').equals(storyId).toArray();
  return versions.sort(compareVersions);
}

/** Declares two articles versions of one story: b's whole story joins a's. Returns the story id. */
export function linkVersions(db: ArchiveDatabase, a: string, b: string): Promise<string> {
  return withWriteSession(db, () => linkVersionsNow(db, a, b));
}

async function linkVersionsNow(db: ArchiveDatabase, a: string, b: string): Promise<string> {
  const moved = await db.transaction('rw', [db.articles, db.stories, db.meta], async () => {
    const [first, second] = await db.articles.bulkGet([a, b]);
    if (!first || !second)
      throw new ArticleGoneError('One of the articles to link is no longer in the archive.');
    if (first.storyId === second.storyId) return [];
    const members = await db.articles.where('storyId').equals(second.storyId).toArray();
    const updated = members.map((m) => ({ ...m, storyId: first.storyId }));
    await db.articles.bulkPut(updated);
    await db.stories.delete(second.storyId);
    if (!(await db.stories.get(first.storyId)))
      await db.stories.add({ id: first.storyId, title: first.title, createdAt: first.importedAt });
    await bumpRevision(db);
    return updated;
  });
  await afterArticlesChanged(db, moved, []);
  const article = await db.articles.get(a);
  return article?.storyId ?? '';
}

/** Takes an article out of its story into a story of its own. Returns the new story id. */
export function unlinkVersion(db: ArchiveDatabase, id: string): Promise<string> {
  return withWriteSession(db, () => unlinkVersionNow(db, id));
}

async function unlinkVersionNow(db: ArchiveDatabase, id: string): Promise<string> {
  const updated = await db.transaction('rw', [db.articles, db.stories, db.meta], async () => {
    const article = await db.articles.get(id);
    if (!article) throw new ArticleGoneError('That article is no longer in the archive.');
    const others = await db.articles.where('storyId').equals(article.storyId).count();
    if (others <= 1) return article;
    const next = { ...article, storyId: crypto.randomUUID() };
    await db.articles.put(next);
    // Stories of one keep no row (see storeArticle).
    if (others === 2) await db.stories.delete(article.storyId);
    await bumpRevision(db);
    return next;
  });
  await afterArticlesChanged(db, [updated], []);
  return updated.storyId;
}

/** The id of every story kept as a row: the archive keeps one only for two or more versions. */
export async function listStoryIds(db: ArchiveDatabase): Promise<string[]> {
  return (await db.stories.toCollection().primaryKeys()).map(String);
}
