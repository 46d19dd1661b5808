import { isCurrent } from '../../core/echoes/fingerprint';
import type { DocToIndex } from '../../workers/echo-protocol';
import { archive } from '../data/archive';

const batchSize = 500;

/** Every article's id with its content hash, cheaply (from the index, without texts). */
export async function archiveHashes(): Promise<Map<string, string>> {
  const db = archive();
  return db.transaction('r', db.articles, async () => {
    const ordered = db.articles.orderBy('contentHash');
    const [hashes, ids] = await Promise.all([ordered.keys(), ordered.primaryKeys()]);
    return new Map(ids.map((id, i) => [String(id), String(hashes[i])]));
  });
}

/**
 * What the worker needs to index some articles, read in batches: the stored fingerprints when
 * they are current for the article's text, else the text itself, which the worker fingerprints
 * (never the UI thread). Articles' texts are read only for those.
 */
export async function readDocsToIndex(
  ids: readonly string[],
  hashes: ReadonlyMap<string, string>,
  onBatch: (done: number) => void,
  signal: AbortSignal,
): Promise<DocToIndex[]> {
  const docs: DocToIndex[] = [];
  for (let i = 0; i < ids.length; i += batchSize) {
    signal.throwIfAborted();
    const batch = ids.slice(i, i + batchSize);
    const rows = await archive().fingerprints.bulkGet(batch);
    const stale: string[] = [];
    rows.forEach((row, j) => {
      const id = batch[j] ?? '';
      if (row && row.contentHash === hashes.get(id) && isCurrent(row.fingerprints))
        docs.push({ id, fingerprints: row.fingerprints });
      else stale.push(id);
    });
    for (const article of await archive().articles.bulkGet(stale))
      if (article) docs.push({ id: article.id, text: article.text });
    onBatch(Math.min(ids.length, i + batchSize));
  }
  return docs;
}
