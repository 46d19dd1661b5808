import { listArticles } from '../../db/list-articles';
import type { ArticlePage } from '../../db/query-types';
import { countArticles } from '../../db/tags';
import { archive } from '../data/archive';
import { afterFirstScreen } from '../data/first-screen';
import { openingQuery } from './library-query';

/** Rows in the library's first read: the first page and the one after it. */
export const firstWindowRows = 150;

let early: { count?: Promise<number>; page?: Promise<ArticlePage> } = {};

/**
 * Starts the library's first reads (its count and first rows in the opening order) as the page
 * starts, before React's first render, so opening the database and reading overlap that render
 * instead of following it (~90 ms at 100,000 articles). The library takes each answer once.
 */
export function readLibraryEarly(): void {
  const page = listArticles(archive(), openingQuery.sort, openingQuery.filters, 0, firstWindowRows);
  const count = countArticles(archive());
  // Not handled here: whoever takes one asks again if it failed.
  page.catch(() => undefined);
  count.catch(() => undefined);
  early = { count, page };
  // Answers nobody took by then (the app opened elsewhere) would be stale later: dropped.
  void afterFirstScreen().then(() => (early = {}));
}

/** The early first rows, once (then undefined): for the opening query at the top only. */
export function takeEarlyPage(): Promise<ArticlePage> | undefined {
  const { page } = early;
  early = { ...early, page: undefined };
  return page;
}

/** The early count, once (then undefined). */
export function takeEarlyCount(): Promise<number> | undefined {
  const { count } = early;
  early = { ...early, count: undefined };
  return count;
}
