import { undated } from '../../core/extract/parse-instant';
import type { Passage } from '../../core/model';
import { splitParagraphs } from '../../core/versions/paragraphs';
import type { ArticleRecord } from '../../db/records';
import { formatDate } from '../library/library-row';
import type { CompareSide } from './compare-side';

/** The facts of an article the compare screen shows and orders its sides by. */
export type CompareArticle = Pick<
  ArticleRecord,
  'id' | 'title' | 'source' | 'url' | 'text' | 'publishedAt' | 'importedAt'
>;

/** Two sides in the order shown, with the passages aligned (spans into the whole texts). */
export interface OrderedSides {
  readonly left: CompareSide;
  readonly right: CompareSide;
  readonly passageA: Passage;
  readonly passageB: Passage;
  /** True when the sides were put the other way round from how they were asked for. */
  readonly swapped: boolean;
}

/** "paragraph 5" or "paragraphs 5–6" for a passage; undefined for a whole text. */
function whereIs(text: string, passage: Passage | undefined): string | undefined {
  if (!passage) return undefined;
  const paragraphs = splitParagraphs(text);
  const at = (offset: number): number => paragraphs.findIndex((p) => p.end >= offset) + 1;
  const first = at(passage.start);
  const last = at(passage.end);
  if (first <= 0) return undefined;
  return first === last || last <= 0 ? `paragraph ${first}` : `paragraphs ${first}–${last}`;
}

/** When an article appeared: its publication, else its import (an undated article has only that). */
export function dateOf(article: Pick<ArticleRecord, 'publishedAt' | 'importedAt'>): number {
  return article.publishedAt !== undated && Number.isFinite(article.publishedAt)
    ? article.publishedAt
    : article.importedAt;
}

/** The date a column's heading shows, saying which date it is. */
function dateInWords(article: CompareArticle): string {
  const published = formatDate(article.publishedAt);
  return published ? `published ${published}` : `imported ${formatDate(article.importedAt)}`;
}

function sideOf(article: CompareArticle, passage: Passage | undefined): CompareSide {
  const end = Math.min(passage?.end ?? article.text.length, article.text.length);
  const where = whereIs(article.text, passage);
  return {
    ...(where ? { where } : {}),
    title: article.title || 'Untitled',
    source: article.source,
    date: dateInWords(article),
    url: article.url,
    text: article.text,
    span: { start: Math.min(passage?.start ?? 0, end), end },
  };
}

/**
 * The two sides of a comparison, the older article on the left (published, else imported), so
 * "deleted" and "inserted" read as what the later text dropped and added, whichever was ticked
 * first. Articles of one date, or two passages of one article, keep the order asked for.
 */
export function orderSides(
  a: CompareArticle,
  b: CompareArticle,
  passages?: { readonly a: Passage; readonly b: Passage },
): OrderedSides {
  const swapped = a.id !== b.id && dateOf(b) < dateOf(a);
  const [first, second] = swapped ? [b, a] : [a, b];
  const [pFirst, pSecond] = passages
    ? swapped
      ? [passages.b, passages.a]
      : [passages.a, passages.b]
    : [undefined, undefined];
  const left = sideOf(first, pFirst);
  const right = sideOf(second, pSecond);
  return {
    left,
    right,
    passageA: { doc: first.id, ...left.span },
    passageB: { doc: second.id, ...right.span },
    swapped,
  };
}
