import type { Collection, InsertType } from 'dexie';
import type { ArchiveDatabase } from './database';
import type { ArticlePage, ArticleSort, ArticleSummary } from './query-types';
import {
  filterRange,
  isFiltered,
  matchesFilters,
  type ArticleFilters,
} from '../core/filters/article-filters';
import { listByReuse, sortByReuse } from './list-by-reuse';
import { asSummary, fromListSource, type SummaryRows } from './list-source';
import { countArticles } from './tags';
import { withSourceSpellings } from './source-facets';

type IndexedSort = Exclude<ArticleSort, 'reuse-desc'>;

const sortIndex: Record<IndexedSort, { readonly index: string; readonly reverse: boolean }> = {
  'imported-desc': { index: 'importedAt', reverse: true },
  'imported-asc': { index: 'importedAt', reverse: false },
  'published-desc': { index: 'publishedAt', reverse: true },
  'published-asc': { index: 'publishedAt', reverse: false },
  'title-asc': { index: 'sortTitle', reverse: false },
  'source-asc': { index: 'source', reverse: false },
};

// Filtered lists start from the narrowest index and sort the (few) matches in memory.
function filteredCollection(
  rows: SummaryRows,
  filters: ArticleFilters,
): Collection<ArticleSummary, string, InsertType<ArticleSummary, 'id'>> {
  if (filters.tag) return rows.where('tags').equals(filters.tag);
  if (filters.source)
    return rows.where('source').anyOf([...(filters.sourceSpellings ?? [filters.source])]);
  const [from, to] = filterRange(filters);
  return rows.where('publishedAt').between(from, to, true, true);
}

function compare(sort: IndexedSort): (a: ArticleSummary, b: ArticleSummary) => number {
  const { index, reverse } = sortIndex[sort];
  const key = index as 'importedAt' | 'publishedAt' | 'sortTitle' | 'source';
  return (a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0) * (reverse ? -1 : 1);
}

/**
 * One page of the library in the given order, with the total for the scroll height. It reads
 * summaries (see list-source.ts): no article's text reaches the caller's thread.
 */
export async function listArticles(
  db: ArchiveDatabase,
  sort: ArticleSort,
  filters: ArticleFilters = {},
  offset = 0,
  limit = 50,
): Promise<ArticlePage> {
  const spelled = await withSourceSpellings(db, filters);
  return fromListSource(db, (source) => listFrom(db, source, sort, spelled, offset, limit));
}

async function listFrom(
  db: ArchiveDatabase,
  source: SummaryRows,
  sort: ArticleSort,
  filters: ArticleFilters,
  offset: number,
  limit: number,
): Promise<ArticlePage> {
  if (!isFiltered(filters)) {
    if (sort === 'reuse-desc') return listByReuse(db, source, offset, limit);
    const { index, reverse } = sortIndex[sort];
    const ordered = source.orderBy(index);
    const [total, rows] = await Promise.all([
      countArticles(db),
      (reverse ? ordered.reverse() : ordered).offset(offset).limit(limit).toArray(),
    ]);
    return { total, items: rows.map(asSummary) };
  }
  const matches = (
    await filteredCollection(source, filters)
      .filter((a) => matchesFilters(a, filters))
      .toArray()
  ).map(asSummary);
  if (sort === 'reuse-desc') await sortByReuse(db, matches);
  else matches.sort(compare(sort));
  return { total: matches.length, items: matches.slice(offset, offset + limit) };
}
