import { ArchiveDatabase } from '../../db/database';
import type { ImportItem, ImportOptions, ImportResult } from '../../import/import-types';
import { searchIndexFor } from './search-link';

let database: ArchiveDatabase | null = null;

/** The archive the app works on, its writes wired to the search index; Dexie opens it on first use. */
export function archive(): ArchiveDatabase {
  if (!database) {
    database = new ArchiveDatabase();
    searchIndexFor(database);
  }
  return database;
}

/** Imports items into the app's archive; the extraction pipeline loads on first use, not at start-up. */
export async function importIntoArchive(
  items: readonly ImportItem[],
  options: ImportOptions,
): Promise<readonly ImportResult[]> {
  const { importItems } = await import('../../import/import-items');
  const { htmlExtractorInWorker } = await import('./extract-link');
  const { importDeriversInWorker } = await import('./derive-link');
  const { readFileInWorker } = await import('./read-file-link');
  const { articleStorerInWorker } = await import('./store-link');
  // Where there are workers (not in Node tests), pages are read in one with a time limit, big
  // text files are read and big articles written in another, and fingerprints and the near-copy
  // check are made in a third.
  if (typeof Worker === 'undefined') return importItems(archive(), items, options);
  return importItems(archive(), items, {
    extractHtml: htmlExtractorInWorker(),
    readFileOff: readFileInWorker,
    storeArticleOff: articleStorerInWorker(archive()),
    ...importDeriversInWorker(archive()),
    ...options,
  });
}

/** Reads an article's kept bytes again in another encoding; lazy like the import pipeline. */
export async function redecodeInArchive(
  id: string,
  encoding: string,
): Promise<import('../../import/redecode').RedecodeResult> {
  const { redecodeArticle } = await import('../../import/redecode');
  const { htmlExtractorInWorker } = await import('./extract-link');
  const extractHtml = typeof Worker === 'undefined' ? undefined : htmlExtractorInWorker();
  return redecodeArticle(archive(), id, encoding, { extractHtml });
}
