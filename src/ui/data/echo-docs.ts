import { isCurrent } from '../../core/echoes/fingerprint';
import { getArticles } from '../../db/articles';
import { readContentHashes, readStoredFingerprints } from '../../db/echo-docs';
import type { DocToIndex } from '../../workers/echo-protocol';
import { archive } from './archive';

// Small enough that one batch of texts read back (and cloned onto the page) stays a short task.
const batchSize = 100;

/** Every article's id with its content hash, read a page of records at a time until `signal`. */
export function archiveHashes(signal?: AbortSignal): Promise<Map<string, string>> {
  return readContentHashes(archive(), signal);
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
    const rows = await readStoredFingerprints(archive(), batch);
    const stale: string[] = [];
    rows.forEach((row, j) => {
      const id = batch[j] ?? '';
      if (row && row.contentHash === hashes.get(id) && isCurrent(row.fingerprints))
        docs.push({ id, fingerprints: row.fingerprints });
      else stale.push(id);
    });
    for (const article of await getArticles(archive(), stale))
      if (article) docs.push({ id: article.id, text: article.text });
    onBatch(Math.min(ids.length, i + batchSize));
  }
  return docs;
}
