import type { ArchiveDatabase } from '../db/database';
import { withWriteSession } from '../db/write-session';
import { announceChange } from '../db/changes';
import { bumpRevision } from '../db/revision';
import { batchStamped, readStamp, saveArchivedKeys } from '../db/archived-keys';
import type { ImportItem, ImportOptions, ImportResult } from './import-types';
import { buildRecord } from './build-record';
import { defaultHtmlParser } from './html-parser';
import { labelOf, resolveItem } from './resolve-item';
import {
  groupMost,
  groupWriter,
  type BatchPlace,
  type Committed,
  type Prepared,
} from './import-writes';
import { storesOff } from './store-off';
import { readingAhead } from './read-ahead';
import { consentWallWarning } from './consent-wall';
import { shortTextWarning } from './short-text';
import { notAnArticle } from './not-articles';

/** Longest stretch of main-thread work before the import gives the page a turn. */
const sliceMs = 12;

/**
 * Articles being written or waiting to be, at once: enough for groups to form (see groupWriter)
 * while the page reads the next files.
 */
const writesInFlight = 2 * groupMost;

// The import loop runs on the page's thread (HTML pages are read in the extractor's worker when
// one is given) in slices, yielding whenever a slice is used up so input and paint go on.
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

// What the input check found (bad bytes, an assumed encoding) and what the text turned out to be.
function joinWarnings(...warnings: readonly (string | undefined)[]): string | undefined {
  return warnings.filter(Boolean).join(' ') || undefined;
}

async function prepare(item: ImportItem, options: ImportOptions): Promise<Prepared | ImportResult> {
  const label = labelOf(item);
  if (options.signal?.aborted) return { kind: 'cancelled', label };
  const what = item.kind === 'file' ? notAnArticle(item.file.relativePath) : undefined;
  if (what) return { kind: 'skipped', label, what };
  try {
    const parseHtml = options.parseHtml ?? defaultHtmlParser();
    const { outcome, origin, bytes, facts, held, fileModifiedAt } = await resolveItem(
      item,
      options,
      parseHtml,
    );
    // A cancel while a page was being fetched ends that item too (the fetch gave up on it).
    if (options.signal?.aborted) return { kind: 'cancelled', label };
    if (outcome.kind === 'failed') return { kind: 'failed', label, reason: outcome.reason };
    const built = buildRecord(
      outcome.article,
      origin,
      options.tags ?? [],
      { allowRemoteImages: options.allowRemoteImages, window: options.sanitiseWindow },
      facts,
      fileModifiedAt,
    );
    const record = outcome.decoding ? { ...built, decoding: outcome.decoding } : built;
    const original =
      bytes && outcome.decoding?.assumed
        ? { articleId: record.id, format: outcome.article.format, bytes }
        : undefined;
    // Started now, awaited when the article is stored: the worker fingerprints this article
    // while the page reads the next one. A worker that fails leaves it to storeArticle, as does
    // a held text (the worker holding it derives them as it writes: the text stays there).
    const fingerprints =
      options.deriveFingerprints && !held
        ? options.deriveFingerprints(record).catch(() => undefined)
        : Promise.resolve(undefined);
    return {
      kind: 'prepared',
      label,
      record,
      derivedTitle: outcome.article.titleDerived,
      warning: joinWarnings(
        outcome.warning,
        shortTextWarning(record.wordCount),
        held ? undefined : consentWallWarning(record.text),
      ),
      original,
      fingerprints,
      ...(held ? { held } : {}),
    };
  } catch {
    // An unexpected throw from a parser or the sanitiser: its raw text would mean nothing here.
    return { kind: 'failed', label, reason: 'Could not read it: the file could not be processed.' };
  }
}

/** The batch's stored articles in order, and each one's place. */
interface BatchOrder {
  readonly ids: string[];
  readonly positions: Map<string, number>;
}

function commitInOrder(
  write: (prepared: Prepared, place: BatchPlace) => Promise<Committed>,
  prepared: Prepared,
  batch: BatchOrder,
): Promise<Committed> {
  const position = batch.ids.length;
  batch.ids.push(prepared.record.id);
  batch.positions.set(prepared.record.id, position);
  return write(prepared, {
    isLater: (id) => (batch.positions.get(id) ?? -1) > position,
    later: () => batch.ids.slice(position + 1),
  });
}

/**
 * Imports files, pasted text and URLs, each article in its own transaction, so a failure never
 * aborts the batch or leaves half an article. Reading the next items overlaps the writes of the
 * previous ones (IndexedDB serialises the writes, and each re-checks duplicates inside its
 * transaction). Returns one result per item, in order; items not reached before cancellation are
 * reported as `cancelled`.
 */
export function importItems(
  db: ArchiveDatabase,
  items: readonly ImportItem[],
  options: ImportOptions = {},
): Promise<ImportResult[]> {
  // For the scale bench: when the import was asked for, before its write session starts.
  performance.mark('verso:import-called');
  const { signal, onWaitingForBackup } = options;
  let begun = false;
  const run = (): Promise<ImportResult[]> => {
    begun = true;
    return importItemsNow(db, items, options);
  };
  return withWriteSession(db, run, {
    ...(signal ? { signal } : {}),
    ...(onWaitingForBackup ? { onWaitingForBackup } : {}),
  }).catch((error: unknown) => {
    // Cancelled while it waited for the archive (another window's export): nothing was read.
    if (!begun && signal?.aborted) return items.map((item) => cancelledResult(item));
    throw error;
  });
}

function cancelledResult(item: ImportItem): ImportResult {
  return { kind: 'cancelled', label: labelOf(item) };
}

async function importItemsNow(
  db: ArchiveDatabase,
  items: readonly ImportItem[],
  options: ImportOptions = {},
): Promise<ImportResult[]> {
  // Derived data (the search index) must be loaded at the revision it was saved with before the
  // batch stamps a new one (loaded after, it no longer matches and the whole archive is
  // re-indexed: 78 s at 10,000 articles). The write session this runs in has done so: its start
  // announced `batch-starting` and waited for the index. Asking again here (as before write
  // sessions existed) queued a second open behind the search worker's start-up load, ~0.2 s of
  // the first import at 100,000 articles.
  // Marks for the scale bench: where the batch's time goes (index load, writes, index save).
  performance.mark('verso:import-index-ready');
  // One new revision for the batch, stamped before any article is written: if the batch stops
  // half-way, the persisted search index no longer matches and is rebuilt on next use.
  const revision = await db.transaction('rw', [db.meta, db.archivedKeys], async () => {
    const before = await readStamp(db);
    const stamped = await bumpRevision(db);
    // The duplicate checks' filter of archived keys (see archived-keys.ts), loaded if saved
    // current, and kept current across the batch's own stamp.
    await batchStamped(db, before, stamped);
    return stamped;
  });
  const results: ImportResult[] = [];
  const indexing: Promise<void>[] = [];
  // Near-copy checks still under way: each adds its answer to its item's result when it comes.
  const checking: Promise<void>[] = [];
  const report = ({ result, nearCopy }: Committed): void => {
    const at = results.push(result) - 1;
    if (nearCopy)
      checking.push(
        nearCopy.then((copy) => {
          if (copy && result.kind === 'added') results[at] = { ...result, nearCopyOf: copy };
        }),
      );
    options.onProgress?.({ done: results.length, total: items.length, last: result });
  };
  const writing: Promise<Committed>[] = [];
  // Where each article sits in the batch: an item is a near copy of earlier items, not later ones
  // (writes overlap, so a later item may already be stored when an earlier one is checked).
  const batchOrder: BatchOrder = { ids: [], positions: new Map() };
  const write = groupWriter({ db, revision, indexing, options });
  let sliceStart = performance.now();
  let lastWentOff = false;
  for (const item of readingAhead(items)) {
    const prepared = await prepare(item, options);
    // A write off the thread (a big article, see storesOff) goes alone, so the batch's writes
    // still commit in its order (which of two versions is the earlier, which copy is the
    // duplicate) across the two connections.
    const goesOff = prepared.kind === 'prepared' && storesOff(prepared, options);
    const alone = goesOff || lastWentOff;
    lastWentOff = goesOff;
    // Once the window is full, report the oldest write before queueing another.
    while (
      writing.length >= writesInFlight ||
      (alone && writing.length > 0) ||
      (options.signal?.aborted && writing.length > 0)
    ) {
      const oldest = writing.shift();
      if (oldest) report(await oldest);
    }
    const cancelled = prepared.kind === 'prepared' && options.signal?.aborted;
    writing.push(
      prepared.kind !== 'prepared'
        ? Promise.resolve({ result: prepared })
        : cancelled
          ? Promise.resolve({ result: { kind: 'cancelled', label: prepared.label } })
          : commitInOrder(write, prepared, batchOrder),
    );
    if (performance.now() - sliceStart > sliceMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  for (const pending of writing) report(await pending);
  await Promise.all(checking);
  performance.mark('verso:import-stored');
  const indexed = await Promise.allSettled(indexing);
  performance.mark('verso:import-written');
  // The articles are safely stored either way; an index that missed one is rebuilt from them.
  await announceChange(db, {
    kind: indexed.some((r) => r.status === 'rejected') ? 'rebuild-needed' : 'batch-ended',
  });
  // Saved as the batch left it, for the next page's imports; a filter not saved is rebuilt.
  await saveArchivedKeys(db).catch(() => undefined);
  return results;
}
