import { readArticleFactsAndHashes } from './cluster-store';
import type { ArchiveDatabase } from './database';
import type { FingerprintRecord } from './records';

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

/** The stored fingerprints of some articles, in the order asked (derived data: may be stale or missing). */
export async function readStoredFingerprints(
  db: ArchiveDatabase,
  ids: readonly string[],
): Promise<(FingerprintRecord | undefined)[]> {
  return db.fingerprints.bulkGet([...ids]);
}
