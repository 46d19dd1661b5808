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
