import { loadFingerprints } from '../../db/derive';
import type { IndexedDoc } from '../../workers/echo-protocol';
import { archive } from '../data/archive';

/** Every article's id with its content hash, cheaply (from the index, without texts). */
export async function archiveHashes(): Promise<Map<string, string>> {
  const db = archive();
  return db.transaction('r', db.articles, async () => {
    const ordered = db.articles.orderBy('contentHash');
    const [hashes, ids] = await Promise.all([ordered.keys(), ordered.primaryKeys()]);
    return new Map(ids.map((id, i) => [String(id), String(hashes[i])]));
  });
}

/** The stored fingerprints of some articles (recomputed where stale), read in batches. */
export async function readIndexedDocs(
  ids: readonly string[],
  onBatch: (done: number) => void,
  signal: AbortSignal,
): Promise<IndexedDoc[]> {
  const docs: IndexedDoc[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    signal.throwIfAborted();
    const found = await loadFingerprints(archive(), ids.slice(i, i + 500));
    for (const [id, fingerprints] of found) docs.push({ id, fingerprints });
    onBatch(Math.min(ids.length, i + 500));
  }
  return docs;
}
