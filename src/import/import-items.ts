import type { ArchiveDatabase } from '../db/database';
import { withWriteSession } from '../db/write-session';
import type { ArticleRecord, DerivedFingerprints, OriginalRecord } from '../db/records';
import { afterArticlesChanged, announceChange } from '../db/changes';
import { storeArticle } from '../db/store-article';
import { findNearCopies, type NearCopyOf } from '../db/near-copies';
import { bumpRevision } from '../db/revision';
import type { WrittenSketch } from '../db/sketches';
import { describeWriteError } from '../db/write-error';
import type { ImportItem, ImportOptions, ImportResult } from './import-types';
import { buildRecord } from './build-record';
import { defaultHtmlParser } from './html-parser';
import { labelOf, resolveItem } from './resolve-item';
import { isBigRecord, storeThrough } from './store-off';

/** Longest stretch of main-thread work before the import gives the page a turn. */
const sliceMs = 12;

/**
 * Article transactions queued at once. IndexedDB runs them one after another (their scopes
 * overlap), but queued ones start without waiting for the page to issue them.
 */
const writesInFlight = 4;

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

interface Prepared {
  readonly kind: 'prepared';
  readonly label: string;
  readonly record: ArticleRecord;
  readonly derivedTitle: boolean;
  /** Read with something to tell the person importing (bad bytes replaced), or undefined. */
  readonly warning: string | undefined;
  /** The bytes, kept when their encoding was a doubtful guess (see OriginalRecord). */
  readonly original: OriginalRecord | undefined;
  /** Its fingerprint row, being derived off the page's thread (undefined: derive in-process). */
  readonly fingerprints: Promise<DerivedFingerprints | undefined>;
}

async function prepare(item: ImportItem, options: ImportOptions): Promise<Prepared | ImportResult> {
  const label = labelOf(item);
  if (options.signal?.aborted) return { kind: 'cancelled', label };
  try {
    const parseHtml = options.parseHtml ?? defaultHtmlParser();
    const { outcome, origin, bytes, facts } = await resolveItem(item, options, parseHtml);
    // A cancel while a page was being fetched ends that item too (the fetch gave up on it).
    if (options.signal?.aborted) return { kind: 'cancelled', label };
    if (outcome.kind === 'failed') return { kind: 'failed', label, reason: outcome.reason };
    const built = buildRecord(
      outcome.article,
      origin,
      options.tags ?? [],
      { allowRemoteImages: options.allowRemoteImages, window: options.sanitiseWindow },
      facts,
    );
    const record = outcome.decoding ? { ...built, decoding: outcome.decoding } : built;
    const original =
      bytes && outcome.decoding?.assumed
        ? { articleId: record.id, format: outcome.article.format, bytes }
        : undefined;
    // Started now, awaited when the article is stored: the worker fingerprints this article
    // while the page reads the next one. A worker that fails leaves it to storeArticle.
    const fingerprints = options.deriveFingerprints
      ? options.deriveFingerprints(record).catch(() => undefined)
      : Promise.resolve(undefined);
    return {
      kind: 'prepared',
      label,
      record,
      derivedTitle: outcome.article.titleDerived,
      warning: outcome.warning,
      original,
      fingerprints,
    };
  } catch {
    // An unexpected throw from a parser or the sanitiser: its raw text would mean nothing here.
    return { kind: 'failed', label, reason: 'Could not read it: the file could not be processed.' };
  }
}

// Written by the writer off the thread (narrowing `options` to one that has it).
function storesOff(
  prepared: Prepared | ImportResult,
  options: ImportOptions,
): options is ImportOptions & Required<Pick<ImportOptions, 'storeArticleOff'>> {
  return prepared.kind === 'prepared' && !!options.storeArticleOff && isBigRecord(prepared.record);
}

/** The batch's stored articles in order, and each one's place. */
interface BatchOrder {
  readonly ids: string[];
  readonly positions: Map<string, number>;
}

/** Where an article sits in its batch, to leave out near copies stored later in it. */
interface BatchPlace {
  /** True for an article of the batch stored after this one. */
  readonly isLater: (id: string) => boolean;
  /** The batch's articles after this one queued so far. */
  readonly later: () => string[];
}

async function nearCopyOf(
  db: ArchiveDatabase,
  id: string,
  sketch: WrittenSketch | undefined,
  place: BatchPlace,
  options: ImportOptions,
): Promise<NearCopyOf | undefined> {
  // A text too short for a sketch has no near copy to find (and no row to say so).
  if (!sketch) return undefined;
  const found = options.findNearCopies
    ? await options.findNearCopies(id, place.later(), sketch)
    : await findNearCopies(db, id, place.isLater, sketch);
  // Asked again on the answer: a worker's search may have seen articles queued since it was sent.
  return found.find((copy) => !place.isLater(copy.articleId));
}

async function commit(
  db: ArchiveDatabase,
  prepared: Prepared,
  revision: number,
  indexing: Promise<void>[],
  options: ImportOptions,
  place: BatchPlace,
): Promise<ImportResult> {
  const { label } = prepared;
  try {
    const retitledIsNewVersion = options.retitledIsNewVersion ?? false;
    const fingerprints = await prepared.fingerprints;
    // A big record is cloned by IndexedDB on the thread that writes it: a worker writes it.
    const stored = storesOff(prepared, options)
      ? await storeThrough(db, options.storeArticleOff, {
          record: prepared.record,
          derivedTitle: prepared.derivedTitle,
          retitledIsNewVersion,
          ...(prepared.original ? { original: prepared.original } : {}),
          ...(fingerprints ? { fingerprints } : {}),
        })
      : await storeArticle(db, prepared.record, prepared.derivedTitle, prepared.original, {
          retitledIsNewVersion,
          fingerprints,
        });
    const warned = prepared.warning ? { warning: prepared.warning } : {};
    if (stored.kind === 'already-archived')
      return { kind: 'already-archived', label, articleId: stored.existingId, ...warned };
    // Not awaited: the index (in its worker) catches up while the next article is read.
    indexing.push(afterArticlesChanged(db, [stored.article], [], { persist: false, revision }));
    const { id, storyId } = stored.article;
    if (stored.kind === 'new-version')
      return { kind: 'new-version', label, articleId: id, storyId, ...warned };
    // Asked after storing, so nothing is lost whatever the person then chooses.
    const copy = await nearCopyOf(db, id, stored.sketch, place, options).catch(() => undefined);
    return {
      kind: 'added',
      label,
      articleId: id,
      ...warned,
      ...(copy ? { nearCopyOf: copy } : {}),
    };
  } catch (error) {
    return { kind: 'failed', label, reason: describeWriteError(error) };
  }
}

function commitInOrder(
  db: ArchiveDatabase,
  prepared: Prepared,
  revision: number,
  indexing: Promise<void>[],
  batch: BatchOrder,
  options: ImportOptions,
): Promise<ImportResult> {
  const position = batch.ids.length;
  batch.ids.push(prepared.record.id);
  batch.positions.set(prepared.record.id, position);
  return commit(db, prepared, revision, indexing, options, {
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
  return withWriteSession(db, () => importItemsNow(db, items, options));
}

async function importItemsNow(
  db: ArchiveDatabase,
  items: readonly ImportItem[],
  options: ImportOptions = {},
): Promise<ImportResult[]> {
  // Derived data (the search index) must be loaded at the revision it was saved with before the
  // batch stamps a new one; loaded after, it no longer matches and the whole archive is
  // re-indexed (78 s at 10,000 articles), which is what made imports into a large archive crawl.
  await announceChange(db, { kind: 'batch-starting' });
  // Marks for the scale bench: where the batch's time goes (index load, writes, index save).
  performance.mark('verso:import-index-ready');
  // One new revision for the batch, stamped before any article is written: if the batch stops
  // half-way, the persisted search index no longer matches and is rebuilt on next use.
  const revision = await db.transaction('rw', db.meta, () => bumpRevision(db));
  const results: ImportResult[] = [];
  const indexing: Promise<void>[] = [];
  const report = (result: ImportResult): void => {
    results.push(result);
    options.onProgress?.({ done: results.length, total: items.length, last: result });
  };
  const writing: Promise<ImportResult>[] = [];
  // Where each article sits in the batch: an item is a near copy of earlier items, not later ones
  // (writes overlap, so a later item may already be stored when an earlier one is checked).
  const batchOrder: BatchOrder = { ids: [], positions: new Map() };
  let sliceStart = performance.now();
  let lastWentOff = false;
  for (const item of items) {
    const prepared = await prepare(item, options);
    // A write off the thread goes alone, so the batch's writes still commit in its order (which
    // one of two versions is the earlier, which copy is the duplicate) across both connections.
    const alone = storesOff(prepared, options) || lastWentOff;
    lastWentOff = storesOff(prepared, options);
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
        ? Promise.resolve(prepared)
        : cancelled
          ? Promise.resolve({ kind: 'cancelled', label: prepared.label })
          : commitInOrder(db, prepared, revision, indexing, batchOrder, options),
    );
    if (performance.now() - sliceStart > sliceMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  for (const pending of writing) report(await pending);
  performance.mark('verso:import-stored');
  const indexed = await Promise.allSettled(indexing);
  performance.mark('verso:import-written');
  // The articles are safely stored either way; an index that missed one is rebuilt from them.
  await announceChange(db, {
    kind: indexed.some((r) => r.status === 'rejected') ? 'rebuild-needed' : 'batch-ended',
  });
  return results;
}
