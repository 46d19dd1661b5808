import type { ArchiveDatabase } from './database';
import type { ImportItem, ImportOptions, ImportResult } from './import-types';
import { describeWriteError } from './backup';
import { buildRecord } from './build-record';
import { defaultHtmlParser } from './html-parser';
import { labelOf, resolveItem } from './resolve-item';
import { afterArticlesChanged, ensureSearchIndex, persistSearchIndex } from './search-index';
import { storeArticle } from './store-article';

/** Longest stretch of main-thread work before the import gives the page a turn. */
const sliceMs = 12;

// Import runs on the main thread (DOMParser does not exist in workers) in slices: each item is a
// few milliseconds of work, and the loop yields whenever a slice is used up so input and paint go on.
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

async function importOne(
  db: ArchiveDatabase,
  item: ImportItem,
  options: ImportOptions,
): Promise<ImportResult> {
  const label = labelOf(item);
  try {
    const parseHtml = options.parseHtml ?? defaultHtmlParser();
    const { outcome, origin } = await resolveItem(item, options, parseHtml);
    if (outcome.kind === 'failed') return { kind: 'failed', label, reason: outcome.reason };
    const record = buildRecord(outcome.article, origin, options.tags ?? [], {
      allowRemoteImages: options.allowRemoteImages,
      window: options.sanitiseWindow,
    });
    const stored = await storeArticle(db, record, outcome.article.titleDerived);
    if (stored.kind === 'already-archived')
      return { kind: 'already-archived', label, articleId: stored.existingId };
    await afterArticlesChanged(db, [stored.article], [], { persist: false });
    return stored.kind === 'added'
      ? { kind: 'added', label, articleId: stored.article.id }
      : {
          kind: 'new-version',
          label,
          articleId: stored.article.id,
          storyId: stored.article.storyId,
        };
  } catch (error) {
    return { kind: 'failed', label, reason: describeWriteError(error) };
  }
}

/**
 * Imports files, pasted text and URLs one by one, each in its own transaction, so a failure
 * never aborts the batch or leaves half an article. Returns one result per item, in order;
 * items not reached before cancellation are reported as failed with "Cancelled".
 */
export async function importItems(
  db: ArchiveDatabase,
  items: readonly ImportItem[],
  options: ImportOptions = {},
): Promise<ImportResult[]> {
  await ensureSearchIndex(db);
  const results: ImportResult[] = [];
  let sliceStart = performance.now();
  for (const item of items) {
    const result = options.signal?.aborted
      ? { kind: 'failed' as const, label: labelOf(item), reason: 'Cancelled.' }
      : await importOne(db, item, options);
    results.push(result);
    options.onProgress?.({ done: results.length, total: items.length, last: result });
    if (performance.now() - sliceStart > sliceMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  await persistSearchIndex(db);
  return results;
}
