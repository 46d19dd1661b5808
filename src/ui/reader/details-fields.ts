import { parseInstant, undated } from '../../core/extract/parse-instant';
import type { ArticlePatch } from '../../db/query-types';
import type { ArticleRecord } from '../../db/records';

/** The article's editable facts as the details form holds them: text, as typed. */
export interface DetailsDraft {
  readonly title: string;
  readonly source: string;
  readonly byline: string;
  readonly published: string;
}

/** What the form's fields say: the changes to save, or why they cannot be saved. */
export type DetailsReading =
  | { readonly kind: 'ok'; readonly patch: ArticlePatch }
  | { readonly kind: 'invalid'; readonly field: keyof DetailsDraft; readonly message: string };

/** The facts a details edit changes, as they stand in an article. */
export type ArticleDetails = Pick<ArticleRecord, 'title' | 'source' | 'byline' | 'publishedAt'>;

/**
 * A publication instant as the date field shows it: `2026-03-02` for a date alone, else
 * `2026-03-02 09:30Z` (UTC, which is how it is stored; seconds only when there are some).
 */
export function dateFieldOf(time: number): string {
  if (time === undated || !Number.isFinite(time)) return '';
  const iso = new Date(time).toISOString();
  if (time % 86_400_000 === 0) return iso.slice(0, 10);
  const seconds =
    iso.slice(17, 19) === '00' && iso.slice(20, 23) === '000' ? '' : iso.slice(16, 19);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}${seconds}Z`;
}

/** The form's fields filled from the article. */
export function draftOf(article: ArticleDetails): DetailsDraft {
  return {
    title: article.title,
    source: article.source,
    byline: article.byline,
    published: dateFieldOf(article.publishedAt),
  };
}

/**
 * The changes the draft makes to the article (an empty patch when none), or the field that
 * stops the save: a title cannot be emptied, and a date must be one Verso reads (empty says the
 * date is unknown).
 */
export function readDraft(draft: DetailsDraft, article: ArticleDetails): DetailsReading {
  const title = draft.title.trim();
  if (!title) return { kind: 'invalid', field: 'title', message: 'An article needs a title.' };
  const published = draft.published.trim();
  // The field shows a date to the second at most: left as shown, it keeps the stored instant
  // (a page's milliseconds), so saving another field does not move the date.
  // An empty field reads as undated: the date is unknown.
  const publishedAt =
    published === dateFieldOf(article.publishedAt) ? article.publishedAt : parseInstant(published);
  if (published && publishedAt === undated)
    return {
      kind: 'invalid',
      field: 'published',
      message: `“${published}” is not a date Verso reads. Write it as 2026-03-02, 2026-03-02 09:30 (UTC, or add +01:00) or 2 Mar 2026; leave it empty if the date is unknown.`,
    };
  const source = draft.source.trim();
  const byline = draft.byline.trim();
  return {
    kind: 'ok',
    patch: {
      ...(title !== article.title ? { title } : {}),
      ...(source !== article.source ? { source } : {}),
      ...(byline !== article.byline ? { byline } : {}),
      ...(publishedAt !== article.publishedAt ? { publishedAt } : {}),
    },
  };
}

/** The patch that puts back what `patch` changed in `before` (for Undo). */
export function undoPatchOf(patch: ArticlePatch, before: ArticleDetails): ArticlePatch {
  return {
    ...(patch.title !== undefined ? { title: before.title } : {}),
    ...(patch.source !== undefined ? { source: before.source } : {}),
    ...(patch.byline !== undefined ? { byline: before.byline } : {}),
    ...(patch.publishedAt !== undefined ? { publishedAt: before.publishedAt } : {}),
  };
}

/** What a saved edit changed, in words for the notice that offers Undo. */
export function describePatch(patch: ArticlePatch): string {
  const names = [
    patch.title !== undefined && 'title',
    patch.source !== undefined && 'source',
    patch.byline !== undefined && 'byline',
    patch.publishedAt !== undefined && 'date',
  ].filter((name): name is string => Boolean(name));
  if (names.length === 0) return 'Nothing changed.';
  const list =
    names.length === 1
      ? names[0]
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `Saved the article's ${list}.`;
}
