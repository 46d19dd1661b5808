import type { ArchiveDatabase } from './database';
import { withWriteSession } from './write-session';
import type { ArticleRecord } from './records';
import type { ReuseRecord } from './cluster-records';
import type { ArticlePatch } from './query-types';
import { bumpRevision } from './revision';
import { sortKeyOf } from './sort-keys';
import { normaliseTags, rememberTags } from './tags';
import { afterArticlesChanged } from './changes';
import { writeArticles } from './write-articles';
import { deleteSketches } from './sketches';
import { storyAfterEdit, type StoryToRejoin } from './story-source';

export { summarise } from './summaries';

/** One article with its text, or undefined when it is not (or no longer) in the archive. */
export async function getArticle(
  db: ArchiveDatabase,
  id: string,
): Promise<ArticleRecord | undefined> {
  return db.articles.get(id);
}

/** Articles by id, in the order asked; undefined where one is not (or no longer) archived. */
export async function getArticles(
  db: ArchiveDatabase,
  ids: readonly string[],
): Promise<(ArticleRecord | undefined)[]> {
  return db.articles.bulkGet([...ids]);
}

// The fields clusters never show or weigh. Any other field an edit changes (title, source, date,
// and whatever ArticlePatch gains later) makes the stored scans out of date: a new field is
// counted as mattering unless it is added here.
const outsideEchoes: ReadonlySet<keyof ArticlePatch> = new Set(['tags', 'note', 'byline']);

/** How an edit is applied: `backInto` (an Undo's) puts the article back into that story. */
export interface UpdateOptions {
  readonly backInto?: StoryToRejoin;
}

/** An edit's result: the article (undefined if gone), and `left` when it left its story. */
export interface ArticleEdit {
  readonly article: ArticleRecord | undefined;
  /** What to pass as `backInto` to undo the edit's move out of its story (story-source.ts). */
  readonly left?: StoryToRejoin;
}

/**
 * Edits title, tags, note or metadata; returns the updated article (undefined if gone). A source
 * naming another paper takes the article out of its story (story-source.ts): its `storyId` then
 * differs from the one it had (editArticle also says how to undo that).
 */
export async function updateArticle(
  db: ArchiveDatabase,
  id: string,
  patch: ArticlePatch,
  options: UpdateOptions = {},
): Promise<ArticleRecord | undefined> {
  return (await editArticle(db, id, patch, options)).article;
}

/**
 * updateArticle, saying too what an Undo passes as `backInto` when the article left its story:
 * the story's row as it was when the move deleted it (a story of two), so Undo brings the story
 * back whole — its id, title and date — not remade from the version that stayed.
 */
export function editArticle(
  db: ArchiveDatabase,
  id: string,
  patch: ArticlePatch,
  options: UpdateOptions = {},
): Promise<ArticleEdit> {
  return withWriteSession(db, () => updateArticleNow(db, id, patch, options));
}

async function updateArticleNow(
  db: ArchiveDatabase,
  id: string,
  patch: ArticlePatch,
  { backInto }: UpdateOptions,
): Promise<ArticleEdit> {
  const tables = [db.articles, db.stories, db.tags, db.meta];
  let left: StoryToRejoin | undefined;
  const updated = await db.transaction('rw', tables, async () => {
    left = undefined;
    const current = await db.articles.get(id);
    if (!current) return undefined;
    const tags = patch.tags ? normaliseTags(patch.tags) : current.tags;
    const title = patch.title?.trim() || current.title;
    const after =
      patch.source === undefined && backInto === undefined
        ? { storyId: current.storyId }
        : await storyAfterEdit(db, current, patch.source ?? current.source, backInto);
    const { storyId } = after;
    left = after.left;
    const next: ArticleRecord = {
      ...current,
      ...patch,
      title,
      sortTitle: sortKeyOf(title),
      tags,
      storyId,
    };
    await db.articles.put(next);
    await rememberTags(db, tags);
    // A story's versions are echoed against each other: a move in or out changes its echoes.
    const echoes =
      storyId !== current.storyId ||
      (Object.keys(patch) as (keyof ArticlePatch)[]).some(
        (field) => !outsideEchoes.has(field) && next[field] !== current[field],
      );
    await bumpRevision(db, { echoes });
    return next;
  });
  if (updated) await afterArticlesChanged(db, [updated], []);
  return { article: updated, ...(left === undefined ? {} : { left }) };
}

/**
 * What deleteArticles took out that an Undo puts back: the records, and their rows of the last
 * cluster scan (its reuse shares), which only a new scan of the whole archive could remake.
 */
export interface DeletedArticles {
  readonly records: ArticleRecord[];
  readonly reuse: ReuseRecord[];
}

/** Deletes articles and their derived data; returns what was deleted so the UI can offer undo. */
export function deleteArticles(
  db: ArchiveDatabase,
  ids: readonly string[],
): Promise<DeletedArticles> {
  return withWriteSession(db, () => deleteArticlesNow(db, ids));
}

async function deleteArticlesNow(
  db: ArchiveDatabase,
  ids: readonly string[],
): Promise<DeletedArticles> {
  const removed = await db.transaction(
    'rw',
    [
      db.articles,
      db.stories,
      db.fingerprints,
      db.sketches,
      db.echoes,
      db.reuse,
      db.meta,
      db.originals,
    ],
    async () => {
      const found = (await db.articles.bulkGet([...ids])).filter((a) => a !== undefined);
      const gone = found.map((a) => a.id);
      const reuse = (await db.reuse.bulkGet(gone)).filter((r) => r !== undefined);
      await db.articles.bulkDelete(gone);
      await db.fingerprints.bulkDelete(gone);
      await deleteSketches(db, gone);
      await db.originals.bulkDelete(gone);
      await db.echoes.where('articleIds').anyOf(gone).delete();
      await db.reuse.bulkDelete(gone);
      for (const storyId of new Set(found.map((a) => a.storyId))) {
        // A story of one keeps no row (see storeArticle).
        if ((await db.articles.where('storyId').equals(storyId).count()) <= 1)
          await db.stories.delete(storyId);
      }
      await bumpRevision(db);
      return { records: found, reuse };
    },
  );
  await afterArticlesChanged(
    db,
    [],
    removed.records.map((a) => a.id),
  );
  return removed;
}

/**
 * Puts deleted articles back (undo), with the reuse rows deleted with them; other derived data
 * is recomputed for them. Without their rows, an article the last scan found reprinted read
 * "the last scan found no passage of this article in another article" after an Undo.
 */
export async function restoreArticles(
  db: ArchiveDatabase,
  records: readonly ArticleRecord[],
  reuse: readonly ReuseRecord[] = [],
): Promise<void> {
  await writeArticles(db, records, [], reuse);
}
