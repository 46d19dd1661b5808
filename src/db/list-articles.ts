import type { Collection, InsertType } from 'dexie';
import type { ArchiveDatabase } from './database';
import type { ArticleRecord } from './records';
import type { ArticlePage, ArticleSort } from './query-types';
import { summarise } from './articles';
import {
  filterRange,
  isFiltered,
  matchesFilters,
  type ArticleFilters,
} from '../core/filters/article-filters';
import { listByReuse, sortByReuse } from './list-by-reuse';

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
  db: ArchiveDatabase,
  filters: ArticleFilters,
): Collection<ArticleRecord, string, InsertType<ArticleRecord, 'id'>> {
  if (filters.tag) return db.articles.where('tags').equals(filters.tag);
  if (filters.source) return db.articles.where('source').equals(filters.source);
  const [from, to] = filterRange(filters);
  return db.articles.where('publishedAt').between(from, to, true, true);
}

function compare(sort: IndexedSort): (a: ArticleRecord, b: ArticleRecord) => number {
  const { index, reverse } = sortIndex[sort];
  const key = index as 'importedAt' | 'publishedAt' | 'sortTitle' | 'source';
  return (a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0) * (reverse ? -1 : 1);
}

/** One page of the library in the given order, with the total for the scroll height. */
export async function listArticles(
  db: ArchiveDatabase,
  sort: ArticleSort,
  filters: ArticleFilters = {},
  offset = 0,
  limit = 50,
): Promise<ArticlePage> {
  if (!isFiltered(filters)) {
    if (sort === 'reuse-desc') return listByReuse(db, offset, limit);
    const { index, reverse } = sortIndex[sort];
    const ordered = db.articles.orderBy(index);
    const [total, rows] = await Promise.all([
      db.articles.count(),
      (reverse ? ordered.reverse() : ordered).offset(offset).limit(limit).toArray(),
    ]);
    return { total, items: rows.map(summarise) };
  }
  const matches = await filteredCollection(db, filters)
    .filter((a) => matchesFilters(a, filters))
    .toArray();
  if (sort === 'reuse-desc') await sortByReuse(db, matches);
  else matches.sort(compare(sort));
  return { total: matches.length, items: matches.slice(offset, offset + limit).map(summarise) };
}
