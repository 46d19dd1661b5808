import { getArticles } from '../../db/articles';
import { readContentHashes } from '../../db/echo-docs';
import type { DocToIndex } from '../../workers/echo-protocol';
import { archive } from './archive';

// Small enough that one batch of texts read back (and cloned onto the page) stays a short task.
const batchSize = 100;

/** Every article's id with its content hash, read a page of records at a time until `signal`. */
export function archiveHashes(signal?: AbortSignal): Promise<Map<string, string>> {
  return readContentHashes(archive(), signal);
}

/**
 * What the worker needs to index some articles, read in batches: their texts, which the worker
 * fingerprints (never the UI thread). Each batch is yielded as it is read, so the caller sends it
 * on while the next is read and the page never holds the whole archive's texts. No stored
 * fingerprints are read, even where an older build left them: at 100,000 articles they were ~1.2
 * GB to read back against ~0.45 GB of articles, and a scan read them more slowly than the worker
 * fingerprints the texts (scale-history, session 13). `done` counts the ids read so far.
 */
export async function* readDocsToIndex(
  ids: readonly string[],
  signal: AbortSignal,
): AsyncGenerator<{ readonly docs: DocToIndex[]; readonly done: number }> {
  for (let i = 0; i < ids.length; i += batchSize) {
    signal.throwIfAborted();
    const batch = ids.slice(i, i + batchSize);
    const docs: DocToIndex[] = [];
    for (const article of await getArticles(archive(), batch))
      if (article) docs.push({ id: article.id, text: article.text });
    yield { docs, done: Math.min(ids.length, i + batchSize) };
  }
}
