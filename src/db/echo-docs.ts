import type { ArchiveDatabase } from './database';
import type { FingerprintRecord } from './records';

/** Every article's id with its content hash, cheaply (from the index, without texts). */
export async function readContentHashes(db: ArchiveDatabase): Promise<Map<string, string>> {
  return db.transaction('r', db.articles, async () => {
    const ordered = db.articles.orderBy('contentHash');
    const [hashes, ids] = await Promise.all([ordered.keys(), ordered.primaryKeys()]);
    return new Map(ids.map((id, i) => [String(id), String(hashes[i])]));
  });
}

/** The stored fingerprints of some articles, in the order asked (derived data: may be stale or missing). */
export async function readStoredFingerprints(
  db: ArchiveDatabase,
  ids: readonly string[],
): Promise<(FingerprintRecord | undefined)[]> {
  return db.fingerprints.bulkGet([...ids]);
}
