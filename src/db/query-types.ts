import type { Span } from '../core/model';
import type { ArticleRecord } from './records';

/** Narrows the library and search results. Empty or missing fields do not filter. */
export interface ArticleFilters {
  readonly source?: string;
  readonly tag?: string;
  /** Inclusive ISO date bounds on `publishedAt` (`YYYY-MM-DD`); undated articles are excluded when set. */
  readonly from?: string;
  readonly to?: string;
}

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

/** A piece of text with the ranges to highlight (offsets into `text`). */
export interface Highlighted {
  readonly text: string;
  readonly highlights: readonly Span[];
}

/** One search hit: the article, its score, and highlighted title and snippet. */
export interface SearchHit {
  readonly article: ArticleSummary;
  readonly score: number;
  readonly title: Highlighted;
  readonly snippet: Highlighted;
}

/** Fields the user may edit on an article. */
export interface ArticlePatch {
  readonly title?: string;
  readonly tags?: readonly string[];
  readonly note?: string;
  readonly publishedAt?: string;
  readonly source?: string;
  readonly byline?: string;
}
