/**
 * Narrows the library and search results. Empty or missing fields do not filter. A rule of the
 * archive shared by the database's lists and the search index, so it lives in the pure core.
 */
export interface ArticleFilters {
  readonly source?: string;
  readonly tag?: string;
  /** Inclusive ISO date bounds on `publishedAt` (`YYYY-MM-DD`); undated articles are excluded when set. */
  readonly from?: string;
  readonly to?: string;
}

/** True when the article passes every filter that is set. */
export function matchesFilters(
  article: {
    readonly source: string;
    readonly tags: readonly string[];
    readonly publishedAt: string;
  },
  filters: ArticleFilters,
): boolean {
  if (filters.source && article.source !== filters.source) return false;
  if (filters.tag && !article.tags.includes(filters.tag)) return false;
  const date = article.publishedAt.slice(0, 10);
  if (filters.from && (!date || date < filters.from)) return false;
  if (filters.to && (!date || date > filters.to)) return false;
  return true;
}

/** True when any filter is set. */
export function isFiltered(filters: ArticleFilters): boolean {
  return Boolean(filters.source || filters.tag || filters.from || filters.to);
}
