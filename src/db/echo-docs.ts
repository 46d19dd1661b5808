import { readArticleFactsAndHashes } from './cluster-store';
import type { ArchiveDatabase } from './database';

/**
 * Every article's id with its content hash (see readArticleFactsAndHashes: a page of records per
 * request, far cheaper than walking the content-hash index's keys one cursor step at a time).
 */
export async function readContentHashes(
  db: ArchiveDatabase,
  signal?: AbortSignal,
): Promise<Map<string, string>> {
  return (await readArticleFactsAndHashes(db, signal)).hashes;
}
