import type { Transaction } from 'dexie';
import { countWords, sortKeyOf } from './sort-keys';

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

/** Schema v3: the person's highlights and notes on passages (annotations), by article and date. */
export const schemaV3 = {
  annotations: 'id, articleId, updatedAt',
} as const;

/** v2 → v3: a new table only; no existing record changes, so there is nothing to convert. */
export async function addAnnotations(): Promise<void> {
  // Named so the schema history reads v1 → v2 → v3 with one function per step.
}
