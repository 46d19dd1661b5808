import type { Transaction } from 'dexie';
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

/** Schema v7: the library's counts (all, per source, per tag), kept by the facets middleware. */
export const schemaV7 = {
  facets: 'key, kind',
} as const;

/** v7: counts the facets of the articles already there (the middleware keeps them from now). */
export async function countFacets(tx: Transaction): Promise<void> {
  await recountFacets(tx.table('articles'), tx.table(facetsTable));
}
