import type { ArchiveDatabase } from '../db/database';
import { withWriteSession } from '../db/write-session';
import { announceChange } from '../db/changes';
import { bumpRevision } from '../db/revision';
import { batchStamped, readStamp, saveArchivedKeys } from '../db/archived-keys';
import type {
  CheckedResults,
  ImportItem,
  ImportOptions,
  ImportResult,
  ImportRun,
} from './import-types';
import { afterEarlierTails, tailBegins } from './batch-tails';
import { holdLoadsDuring } from '../db/import-writing';
import { labelOf } from './resolve-item';
import { prepare } from './prepare-item';
import {
  groupMost,
  groupWriter,
  type BatchPlace,
  type Committed,
  type Prepared,
} from './import-writes';
import { storesOff } from './store-off';
import { readingAhead } from './read-ahead';

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
 * transaction). Returns one result per item, in order, once the whole batch has ended (near
 * copies found, the search index told); items not reached before cancellation are reported as
 * `cancelled`. See startImport for the stages.
 */
export function importItems(
  db: ArchiveDatabase,
  items: readonly ImportItem[],
  options: ImportOptions = {},
): Promise<ImportResult[]> {
  return startImport(db, items, options).ended;
}

/** A promise and the functions that settle it (once: later calls do nothing). */
function settleable<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
  // Whoever needs only one stage does not leave the others' failure unhandled.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/** What importItemsNow tells as the batch goes. */
interface Stages {
  readonly stored: (results: ImportResult[]) => void;
  readonly checked: (checked: CheckedResults) => void;
}

/**
 * Starts an import as importItems does, giving each stage as it ends: the articles stored (a
 * summary can say what was added, updated, skipped and failed), then the near-copy checks'
 * answers, then the batch's end. The write session is held until the end, so other tabs and
 * later batches see the search index with the whole batch.
 */
export function startImport(
  db: ArchiveDatabase,
  items: readonly ImportItem[],
  options: ImportOptions = {},
): ImportRun {
  // For the scale bench: when the import was asked for, before its write session starts.
  performance.mark('verso:import-called');
  const { signal, onWaitingForBackup } = options;
  const stored = settleable<ImportResult[]>();
  const checked = settleable<CheckedResults>();
  let begun = false;
  const run = (): Promise<ImportResult[]> => {
    begun = true;
    return importItemsNow(db, items, options, {
      stored: stored.resolve,
      checked: checked.resolve,
    });
  };
  const ended = withWriteSession(db, run, {
    ...(signal ? { signal } : {}),
    ...(onWaitingForBackup ? { onWaitingForBackup } : {}),
  }).catch((error: unknown) => {
    // Cancelled while it waited for the archive (another window's export): nothing was read.
    if (!begun && signal?.aborted) return items.map((item) => cancelledResult(item));
    throw error;
  });
  // A batch that ended before a stage (a throw, a cancel before it began) settles it the same way.
  ended.then(
    (results) => {
      stored.resolve(results);
      checked.resolve({ results, unchecked: 0 });
    },
    (error: unknown) => {
      stored.reject(error);
      checked.reject(error);
    },
  );
  return { stored: stored.promise, checked: checked.promise, ended };
}

function cancelledResult(item: ImportItem): ImportResult {
  return { kind: 'cancelled', label: labelOf(item) };
}

async function importItemsNow(
  db: ArchiveDatabase,
  items: readonly ImportItem[],
  options: ImportOptions,
  stages: Stages,
): Promise<ImportResult[]> {
  // Derived data (the search index) must be loaded at the revision it was saved with before the
  // batch stamps a new one (loaded after, it no longer matches and the whole archive is
  // re-indexed: 78 s at 10,000 articles). The write session this runs in has done so: its start
  // announced `batch-starting` and waited for the index. Asking again here (as before write
  // sessions existed) queued a second open behind the search worker's start-up load, ~0.2 s of
  // the first import at 100,000 articles.
  // Marks for the scale bench: where the batch's time goes (index load, writes, index save).
  performance.mark('verso:import-index-ready');
  await afterEarlierTails(db);
  const results: ImportResult[] = [];
  const indexing: Promise<void>[] = [];
  // Near-copy checks still under way: each adds its answer to its item's result when it comes.
  const checking: Promise<void>[] = [];
  let unchecked = 0;
  // The archive's background loads (sketches, the saved index) wait while this batch writes,
  // and go on once its articles are stored (see import-writing.ts; after the earlier tails,
  // which wait for those loads).
  let writesEnded: () => void = () => undefined;
  holdLoadsDuring(db.name, new Promise<void>((resolve) => (writesEnded = resolve)));
  try {
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
    const report = ({ result, nearCopy }: Committed): void => {
      const at = results.push(result) - 1;
      if (nearCopy)
        checking.push(
          nearCopy.then((answer) => {
            if (answer.kind === 'failed') unchecked++;
            else if (answer.copy && result.kind === 'added')
              results[at] = { ...result, nearCopyOf: answer.copy };
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
  } finally {
    writesEnded();
  }
  // Every write has committed: the articles are stored and safe, and the caller may say so. What
  // follows is analysis — at a page's opening, the near-copy checks wait for the derive worker's
  // sketches and the index's changes queue behind its load (seconds at 100,000 articles).
  performance.mark('verso:import-stored');
  const endTail = tailBegins(db);
  try {
    stages.stored(results.slice());
    await Promise.all(checking);
    performance.mark('verso:import-checked');
    stages.checked({ results: results.slice(), unchecked });
    const indexed = await Promise.allSettled(indexing);
    performance.mark('verso:import-written');
    // The articles are safely stored either way; an index that missed one is rebuilt from them.
    await announceChange(db, {
      kind: indexed.some((r) => r.status === 'rejected') ? 'rebuild-needed' : 'batch-ended',
    });
    // Saved as the batch left it, for the next page's imports; a filter not saved is rebuilt.
    await saveArchivedKeys(db).catch(() => undefined);
  } finally {
    endTail();
  }
  return results;
}
