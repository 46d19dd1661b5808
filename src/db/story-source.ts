import type { ArchiveDatabase } from './database';
import type { ArticleRecord } from './records';
import { samePublisher } from '../core/sources/publisher';

/**
 * Whether an article whose source is being changed leaves its story: a version of a story is the
 * same paper's article, so one now named another paper's — not a respelling of its publisher
 * ("daily ledger" → "Daily Ledger") and not the publisher of another version of the story (a
 * story a person linked across papers keeps those papers) — becomes an article of its own. An
 * emptied source names no paper and leaves the article where it is.
 */
export function leavesStory(
  before: string,
  after: string,
  others: readonly Pick<ArticleRecord, 'source'>[],
): boolean {
  if (!after.trim() || after === before || others.length === 0) return false;
  if (samePublisher(before, after)) return false;
  return !others.some((other) => samePublisher(other.source, after));
}

/**
 * The story an edited article belongs to after a source edit, inside the edit's transaction: its
 * own (a new story id, the old story's row deleted when one version is left) when it leaves
 * (see leavesStory); `backInto`, when given and that story still has versions, puts it back (an
 * Undo), the story's row made again if it had gone; else the story it was in.
 */
export async function storyAfterEdit(
  db: ArchiveDatabase,
  current: ArticleRecord,
  source: string,
  backInto?: string,
): Promise<string> {
  if (backInto !== undefined && backInto !== current.storyId) {
    const members = await db.articles.where('storyId').equals(backInto).toArray();
    const first = members[0];
    if (!first) return current.storyId;
    if (!(await db.stories.get(backInto)))
      await db.stories.add({ id: backInto, title: first.title, createdAt: first.importedAt });
    return backInto;
  }
  const others = (await db.articles.where('storyId').equals(current.storyId).toArray()).filter(
    (a) => a.id !== current.id,
  );
  if (!leavesStory(current.source, source, others)) return current.storyId;
  // Stories of one keep no row (see storeArticle).
  if (others.length === 1) await db.stories.delete(current.storyId);
  return crypto.randomUUID();
}
