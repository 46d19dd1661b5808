import { parseInstant, undated } from '../extract/parse-instant';

/**
 * Narrows the library and search results. Empty or missing fields do not filter. A rule of the
 * archive shared by the database's lists and the search index, so it lives in the pure core.
 */
export interface ArticleFilters {
  /** A publisher, under the name the source facet lists it by. */
  readonly source?: string;
  /**
   * Every stored spelling of `source`'s publisher ("Daily Ledger", "dailyledger.example"), when
   * the caller has looked them up (db's `withSourceSpellings`); without them only `source` itself.
   */
  readonly sourceSpellings?: readonly string[];
  readonly tag?: string;
  /** Inclusive UTC day bounds on `publishedAt` (`YYYY-MM-DD`); undated articles are excluded when set. */
  readonly from?: string;
  readonly to?: string;
}

/** True when the article passes every filter that is set. */
export function matchesFilters(
  article: {
    readonly source: string;
    readonly tags: readonly string[];
    readonly publishedAt: number;
  },
  filters: ArticleFilters,
): boolean {
  if (filters.source && !(filters.sourceSpellings ?? [filters.source]).includes(article.source))
    return false;
  if (filters.tag && !article.tags.includes(filters.tag)) return false;
  const time = article.publishedAt;
  if (filters.from && (time === undated || time < dayStart(filters.from))) return false;
  if (filters.to && (time === undated || time >= dayStart(filters.to) + dayMs)) return false;
  return true;
}

const dayMs = 86_400_000;

/** The instant a `YYYY-MM-DD` day starts, in UTC (how date-only publication dates are stored). */
export function dayStart(day: string): number {
  return parseInstant(day.slice(0, 10));
}

/** The publication-time range a date filter covers, as index bounds (undated articles excluded). */
export function filterRange(filters: ArticleFilters): readonly [number, number] {
  const from = filters.from ? dayStart(filters.from) : -Number.MAX_SAFE_INTEGER;
  const to = filters.to ? dayStart(filters.to) + dayMs - 1 : Number.MAX_SAFE_INTEGER;
  return [from, to];
}

/** True when any filter is set. */
export function isFiltered(filters: ArticleFilters): boolean {
  return Boolean(filters.source || filters.tag || filters.from || filters.to);
}
