import { deleteArticles, getArticle, restoreArticles, updateArticle } from '../../db/articles';
import { sayFailure } from '../shell/failure-words';
import { linkVersions } from '../../db/versions';
import { archive } from '../data/archive';
import type { Notify } from '../shell/notice';

/** Adds a tag to each of the articles. */
export async function tagArticles(
  ids: readonly string[],
  tag: string,
  notify: Notify,
): Promise<void> {
  for (const id of ids) {
    const article = await getArticle(archive(), id);
    if (article) await updateArticle(archive(), id, { tags: [...article.tags, tag] });
  }
  notify({
    message: `Tagged ${ids.length} ${ids.length === 1 ? 'article' : 'articles'} “${tag}”.`,
  });
}

/** Deletes the articles and offers Undo, which puts them back as they were. */
export async function deleteWithUndo(ids: readonly string[], notify: Notify): Promise<void> {
  const removed = await deleteArticles(archive(), ids);
  notify({
    message: `Deleted ${removed.length} ${removed.length === 1 ? 'article' : 'articles'}.`,
    action: { label: 'Undo', run: () => void restoreArticles(archive(), removed) },
  });
}

/** Declares the articles versions of one story (the first one's), so the versions view shows them. */
export async function linkAsVersions(ids: readonly string[], notify: Notify): Promise<void> {
  const [first, ...rest] = ids;
  if (!first) return;
  try {
    for (const id of rest) await linkVersions(archive(), first, id);
    notify({ message: `Linked ${ids.length} articles as versions of one story.` });
  } catch (error) {
    notify({ message: sayFailure(error, 'linking the versions') });
  }
}
