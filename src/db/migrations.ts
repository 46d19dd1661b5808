import type { Transaction } from 'dexie';
import { parseInstant, undated } from '../core/extract/parse-instant';
import { urlKeyOf } from '../core/extract/normalise-url';
import { countWords, sortKeyOf } from './sort-keys';
import { facetsTable, recountFacets } from './facets';

/** Schema v1, as first designed: the user's data and the indexes for dedupe and the library. */
export const schemaV1 = {
  articles: 'id, contentHash, url, [source+title], storyId, publishedAt, importedAt, source, *tags',
  stories: 'id',
  tags: 'name',
} as const;

/**
 * Schema v2: a case-insensitive title sort and word counts for the library, and the tables for
 * derived data (fingerprints, cached echoes, the search index) with a revision counter.
 */
export const schemaV2 = {
  ...schemaV1,
  articles: `${schemaV1.articles}, sortTitle, wordCount`,
  fingerprints: 'articleId, contentHash',
  echoes: 'key, *articleIds',
  searchIndex: 'id',
  meta: 'key',
} as const;

/** v1 → v2: fills `sortTitle` and `wordCount` on every existing article. */
export async function addSortKeysAndWordCounts(tx: Transaction): Promise<void> {
  await tx
    .table('articles')
    .toCollection()
    .modify((article: { title: string; text: string; sortTitle?: string; wordCount?: number }) => {
      article.sortTitle = sortKeyOf(article.title);
      article.wordCount = countWords(article.text);
    });
}

/** Schema v4: `urlKey`, the normalised address versions are matched by; dates become numbers. */
export const schemaV4 = {
  articles: `${schemaV2.articles}, urlKey`,
} as const;

/** An ISO string Verso wrote (import and story times) as an instant; a number stays as it is. */
export function isoToTime(value: unknown): number {
  if (typeof value === 'number') return value;
  const time = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(time) ? undated : time;
}

/**
 * v2 → v4: dates become instants. `publishedAt` was the string a page or file gave (ISO 8601,
 * RFC 2822, a bare day, or ''), sorted as text so time zones were ignored; it becomes milliseconds
 * since 1970 UTC through the same parser imports use, and what cannot be read becomes `undated`.
 * `importedAt` and stories' `createdAt` were ISO strings written by Verso and become numbers too.
 * Each article also gets its `urlKey`.
 */
export async function convertDatesToInstants(tx: Transaction): Promise<void> {
  await tx
    .table('articles')
    .toCollection()
    .modify(
      (article: { publishedAt: unknown; importedAt: unknown; url: string; urlKey?: string }) => {
        article.urlKey = urlKeyOf(article.url);
        article.publishedAt =
          typeof article.publishedAt === 'number'
            ? article.publishedAt
            : parseInstant(String(article.publishedAt ?? ''));
        article.importedAt = isoToTime(article.importedAt);
      },
    );
  await tx
    .table('stories')
    .toCollection()
    .modify((story: { createdAt: unknown }) => {
      story.createdAt = isoToTime(story.createdAt);
    });
  // The saved search index stores publication dates for its filters: derived data, rebuilt on use.
  await tx.table('searchIndex').clear();
}

/**
 * Schema v5: derived data of the archive-wide cluster scan — the clusters found at some
 * thresholds (`clusterScans`) and each article's reuse share (`reuse`, indexed for the library's
 * "most reused" order). Both are rebuilt by the next scan; backups leave them out.
 */
export const schemaV5 = {
  clusterScans: 'key',
  reuse: 'articleId, share',
} as const;

/**
 * v2 → v5: drops the cached pair lists of the old "Strongest echoes" screen (keys `archive:…`),
 * which the cluster list replaces; nothing else reads them.
 */
export async function dropArchivePairCache(tx: Transaction): Promise<void> {
  await tx
    .table('echoes')
    .filter((row: { key: string }) => row.key.startsWith('archive:'))
    .delete();
}

/** Schema v7: the library's counts (all, per source, per tag), kept by the facets middleware. */
export const schemaV7 = {
  facets: 'key, kind',
} as const;

/** v7: counts the facets of the articles already there (the middleware keeps them from now). */
export async function countFacets(tx: Transaction): Promise<void> {
  await recountFacets(tx.table('articles'), tx.table(facetsTable));
}

/**
 * Schema v8: the person's highlights and notes on passages (annotations), by article and date.
 * (Written as v3 on a branch; numbered after v7 so archives already at v7 get the table too.)
 */
export const schemaV8 = {
  annotations: 'id, articleId, updatedAt',
} as const;

/** v7 → v8: a new table only; no existing record changes, so there is nothing to convert. */
export async function addAnnotations(): Promise<void> {
  // Named so the schema history reads one function per step.
}

/** Schema v9: `originals`, the bytes of articles whose encoding was a doubtful guess. */
export const schemaV9 = {
  originals: 'articleId',
} as const;

/** v8 → v9: a new table only; articles already archived kept no bytes, so it starts empty. */
export async function addOriginals(): Promise<void> {
  // Named so the schema history reads one function per step.
}

/**
 * Schema v11: watch state — subscriptions (by address, and by when they are next due), the
 * articles each watches (by subscription, and by when first seen for the recheck window), and the
 * library's new/changed marks.
 */
export const schemaV11 = {
  subscriptions: 'id, &url, nextCheckAt',
  watchedPages: 'url, subscriptionId, itemKey, firstSeenAt',
  watchMarks: 'articleId, kind, at',
} as const;

/** v10 → v11: new tables only; nothing was watched before, so they start empty. */
export async function addWatchStores(): Promise<void> {
  // Named so the schema history reads one function per step.
}
