import type { ArticleFilters } from '../../core/filters/article-filters';
import type { ArticleSort } from '../../db/query-types';

/** What the library shows: a search (empty for none), an order, and filters. */
export interface LibraryQuery {
  readonly search: string;
  readonly sort: ArticleSort;
  readonly filters: ArticleFilters;
}

/** What the library shows when the app opens: everything, most recently imported first. */
export const openingQuery: LibraryQuery = { search: '', sort: 'imported-desc', filters: {} };

/** Library orders with their labels, in menu order. */
export const sortLabels: { readonly [K in ArticleSort]: string } = {
  'imported-desc': 'Recently imported',
  'imported-asc': 'First imported',
  'published-desc': 'Newest published',
  'published-asc': 'Oldest published',
  'title-asc': 'Title A–Z',
  'source-asc': 'Source A–Z',
  'reuse-desc': 'Most reused',
};

/** True when filters or a search narrow the list (so "no results" is not "empty archive"). */
export function isNarrowed(query: LibraryQuery): boolean {
  const { source, tag, from, to } = query.filters;
  return Boolean(query.search.trim() || source || tag || from || to);
}

/**
 * What the library says when nothing is listed. A From date after the To date matches nothing
 * whatever the words, so that is said rather than "try fewer words".
 */
export function emptyLibraryWords(query: LibraryQuery): string {
  const { from, to } = query.filters;
  // Both are YYYY-MM-DD (the date inputs' value), which sort as dates.
  if (from && to && from > to)
    return 'No article matches: the From date is after the To date. Swap or clear them.';
  return isNarrowed(query)
    ? 'No article matches. Try fewer words or clear the filters.'
    : 'The first articles will appear here as they are imported.';
}
