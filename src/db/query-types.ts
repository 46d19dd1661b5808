import type { ArticleRecord } from './records';

/** Library orders. */
export type ArticleSort =
  | 'imported-desc'
  | 'imported-asc'
  | 'published-desc'
  | 'published-asc'
  | 'title-asc'
  | 'source-asc'
  /** Highest reuse share first (from the latest cluster scan), then the rest, newest import first. */
  | 'reuse-desc';

/** An article without its text and HTML, for lists. */
export type ArticleSummary = Omit<ArticleRecord, 'text' | 'html'>;

/** One page of the library. */
export interface ArticlePage {
  readonly total: number;
  readonly items: readonly ArticleSummary[];
}

/** Fields the user may edit on an article. */
export interface ArticlePatch {
  readonly title?: string;
  readonly tags?: readonly string[];
  readonly note?: string;
  /** Milliseconds since 1970 UTC, or `undated`. */
  readonly publishedAt?: number;
  readonly source?: string;
  readonly byline?: string;
}
