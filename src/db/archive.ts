/**
 * The archive's public API for the UI, in one place. Every function takes the database from
 * `openArchive()` first.
 */
export { ArchiveDatabase, openArchive } from './database';
export type { ArticleOrigin, ArticleRecord, StoryRecord, TagRecord } from './records';
export type { ImportItem, ImportOptions, ImportProgress, ImportResult } from './import-types';
export type {
  ArticleFilters,
  ArticlePage,
  ArticlePatch,
  ArticleSort,
  ArticleSummary,
  Highlighted,
  SearchHit,
} from './query-types';
export { importItems } from './import-items';
export { getArticle, updateArticle, deleteArticles, restoreArticles } from './articles';
export { listArticles } from './list-articles';
export { listTags, listSources, countArticles } from './tags';
export { searchArticles } from './search';
export { listVersions, linkVersions, unlinkVersion } from './versions';
export { exportArchive, restoreArchive, type RestoreResult } from './backup';
export { exportArticle, type ArticleFormat, type ExportedFile } from './export-article';
export { requestPersistence, storageUsage, type StorageUsage } from './storage';
export { rebuildDerivedData, loadFingerprints } from './derive';
export { getCachedEchoes, putCachedEchoes } from './echo-cache';
export { ensureSearchIndex } from './search-index';
