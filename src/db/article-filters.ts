import { parseInstant, undated } from '../core/extract/parse-instant';
import type { ArticleFilters } from './query-types';

/** True when the article passes every filter that is set. */
export function matchesFilters(
  article: {
    readonly source: string;
    readonly tags: readonly string[];
    readonly publishedAt: number;
  },
  filters: ArticleFilters,
): boolean {
  if (filters.source && article.source !== filters.source) return false;
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
