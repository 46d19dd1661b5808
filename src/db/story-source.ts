import type { ArchiveDatabase } from './database';
import type { ArticleRecord, StoryRecord } from './records';
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
 * The story an Undo puts an article back into: its id, or — when the edit deleted the story's row
 * (one version was left) — that row as it was, so the story comes back with its own title and
 * date, not ones made up from the version that stayed.
 */
export type StoryToRejoin = string | StoryRecord;

/** Where an edit left the article: its story, and how an Undo puts it back when it left one. */
export interface StoryAfterEdit {
  readonly storyId: string;
  /** Set when the article left its story: what to pass back as `backInto` to undo. */
  readonly left?: StoryToRejoin;
}

/**
 * The story an edited article belongs to after a source edit, inside the edit's transaction: its
 * own (a new story id, the old story's row deleted when one version is left, and handed back as
 * `left`) when it leaves (see leavesStory); `backInto`, when given and that story still has
 * versions, puts it back (an Undo), the story's row put back as it was (or made, if it had none);
 * else the story it was in.
 */
export async function storyAfterEdit(
  db: ArchiveDatabase,
  current: ArticleRecord,
  source: string,
  backInto?: StoryToRejoin,
): Promise<StoryAfterEdit> {
  const into = typeof backInto === 'string' ? backInto : backInto?.id;
  if (into !== undefined && into !== current.storyId) {
    const members = await db.articles.where('storyId').equals(into).toArray();
    const first = members[0];
    if (!first) return { storyId: current.storyId };
    if (!(await db.stories.get(into)))
      await db.stories.add(
        typeof backInto === 'object'
          ? backInto
          : { id: into, title: first.title, createdAt: first.importedAt },
      );
    return { storyId: into };
  }
  const others = (await db.articles.where('storyId').equals(current.storyId).toArray()).filter(
    (a) => a.id !== current.id,
  );
  if (!leavesStory(current.source, source, others)) return { storyId: current.storyId };
  // Stories of one keep no row (see storeArticle): the row goes, and Undo is handed it whole.
  const row = others.length === 1 ? await db.stories.get(current.storyId) : undefined;
  if (row) await db.stories.delete(current.storyId);
  return { storyId: crypto.randomUUID(), left: row ?? current.storyId };
}
