import type { ArticleFilters } from './query-types';

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
