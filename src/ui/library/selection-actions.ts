import {
  type DeletedArticles,
  deleteArticles,
  getArticle,
  restoreArticles,
  updateArticle,
} from '../../db/articles';
import { linkVersions } from '../../db/versions';
import { archive } from '../data/archive';
import { reportWrite } from '../common/report-write';
import { detailsDraftKey, noteDraftKey, setAsideDrafts } from '../common/kept-drafts';
import type { Notify } from '../shell/notice';

/** Adds a tag to each of the articles. */
export async function tagArticles(
  ids: readonly string[],
  tag: string,
  notify: Notify,
): Promise<void> {
  const tagged = await reportWrite(
    'tagging the articles',
    async () => {
      for (const id of ids) {
        const article = await getArticle(archive(), id);
        if (article) await updateArticle(archive(), id, { tags: [...article.tags, tag] });
      }
    },
    notify,
  );
  if (tagged)
    notify({
      message: `Tagged ${ids.length} ${ids.length === 1 ? 'article' : 'articles'} “${tag}”.`,
    });
}

/** Deletes the articles and offers Undo, which puts them back as they were. */
export async function deleteWithUndo(ids: readonly string[], notify: Notify): Promise<void> {
  let removed: DeletedArticles = { records: [], reuse: [] };
  const deleted = await reportWrite(
    'deleting the articles',
    async () => {
      removed = await deleteArticles(archive(), ids);
    },
    notify,
  );
  if (!deleted) return;
  // A note typed and not yet saved (the page closed first) is kept beside the archive: it goes
  // with its article, and comes back with it.
  const putBackDrafts = setAsideDrafts(
    removed.records.flatMap((a) => [noteDraftKey(a.id), detailsDraftKey(a.id)]),
  );
  const count = removed.records.length;
  notify({
    message: `Deleted ${count} ${count === 1 ? 'article' : 'articles'}.`,
    action: {
      label: 'Undo',
      run: () =>
        void reportWrite(
          'putting the articles back',
          () => restoreArticles(archive(), removed.records, removed.reuse),
          notify,
        ).then((back) => back && putBackDrafts()),
    },
  });
}

/** Declares the articles versions of one story (the first one's), so the versions view shows them. */
export async function linkAsVersions(ids: readonly string[], notify: Notify): Promise<void> {
  const [first, ...rest] = ids;
  if (!first) return;
  const linked = await reportWrite(
    'linking the articles as versions',
    async () => {
      for (const id of rest) await linkVersions(archive(), first, id);
    },
    notify,
  );
  if (linked) notify({ message: `Linked ${ids.length} articles as versions of one story.` });
}
