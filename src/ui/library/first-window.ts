import { listArticles } from '../../db/list-articles';
import type { ArticlePage } from '../../db/query-types';
import { countArticles } from '../../db/tags';
import { archive } from '../data/archive';
import { afterFirstScreen } from '../data/first-screen';
import { openingQuery } from './library-query';

/** Rows in the library's first read: the first page and the one after it. */
export const firstWindowRows = 150;

/** The library's first answers, once both are in: its count and its first rows. */
export interface FirstAnswers {
  readonly count: number;
  readonly page: ArticlePage;
}

let early: { count?: Promise<number>; page?: Promise<ArticlePage> } = {};
// The answers once read, for React's first render to show at once (takeFirstAnswers), and whether
// that render has happened: from then on the page's first-part drawing (first-page.ts) is too late.
let answered: FirstAnswers | undefined;
let taken = false;

/**
 * Starts the library's first reads (its count and first rows in the opening order) as the page
 * starts, before React's first render, so opening the database and reading overlap that render
 * instead of following it (~90 ms at 100,000 articles). The library takes each answer once.
 * Resolves with both answers once read, or undefined if either failed.
 */
export function readLibraryEarly(): Promise<FirstAnswers | undefined> {
  const page = listArticles(archive(), openingQuery.sort, openingQuery.filters, 0, firstWindowRows);
  const count = countArticles(archive());
  // Not handled here: whoever takes one asks again if it failed.
  page.catch(() => undefined);
  count.catch(() => undefined);
  early = { count, page };
  // Answers nobody took by then (the app opened elsewhere) would be stale later: dropped.
  void afterFirstScreen().then(() => {
    early = {};
    answered = undefined;
  });
  return Promise.all([count, page]).then(
    ([total, first]) => {
      performance.mark('verso:first-rows-read');
      if (!taken) answered = { count: total, page: first };
      return answered;
    },
    () => undefined,
  );
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

/**
 * For the library's first render: the first answers if they are already in, so the first frame
 * React draws holds the rows the page already shows (drawn before React, first-page.ts) rather
 * than an empty list. Called at all, it tells the first part it is too late to draw them.
 */
export function takeFirstAnswers(): FirstAnswers | undefined {
  taken = true;
  return answered;
}

/** True once the library has rendered with React: the first part draws nothing after that. */
export function firstAnswersTaken(): boolean {
  return taken;
}
