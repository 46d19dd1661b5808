/**
 * An import's writes: articles stored in groups (one transaction each, falling back to one
 * article per transaction when a group fails), then what follows each — the search index told,
 * the near-copy check begun (not awaited, so writes never queue behind it).
 */
import type { ArchiveDatabase } from '../db/database';
import type { ArticleRecord, DerivedFingerprints, OriginalRecord } from '../db/records';
import { afterArticlesChanged } from '../db/changes';
import { storeArticle, storeArticles, type StoreOutcome, type ToStore } from '../db/store-article';
import { findNearCopies, type NearCopyOf } from '../db/near-copies';
import type { WrittenSketch } from '../db/sketches';
import { describeWriteError } from '../db/write-error';
import type { ImportOptions, ImportResult } from './import-types';
import type { HeldArticle } from './held-text';
import { storesOff, storeThrough } from './store-off';
import { backupHold } from '../db/backup/backup-hold';

/**
 * Most articles written in one transaction (see storeArticles). Groups only grow when the writes
 * fall behind the reading, as in a large archive, where each commit costs tens of milliseconds
 * whatever it writes.
 */
export const groupMost = 32;

/**
 * Most characters of text and HTML in one group: IndexedDB copies each value on the page's
 * thread when the request is made, and a group's requests are made in one go.
 */
const groupChars = 2_000_000;

/**
 * Group transactions queued at once. IndexedDB runs them one after another (their scopes
 * overlap), but a queued one starts without waiting for the page to issue it.
 */
const groupsInFlight = 2;

/** An item read and ready to store, its fingerprints on their way. */
export interface Prepared {
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
  /** Its text, when held by the worker that read it (the record's `text` is then empty). */
  readonly held?: HeldArticle;
}

/** Where an article sits in its batch, to leave out near copies stored later in it. */
export interface BatchPlace {
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

/** A near-copy check's answer: the near copy it found (if any), or that it could not check. */
export type NearCopyAnswer =
  { readonly kind: 'checked'; readonly copy?: NearCopyOf } | { readonly kind: 'failed' };

/** A stored item's result, and the near-copy check of it still under way (an added article's). */
export interface Committed {
  readonly result: ImportResult;
  readonly nearCopy?: Promise<NearCopyAnswer>;
}

/** What the batch's writes share. */
export interface Batch {
  readonly db: ArchiveDatabase;
  readonly revision: number;
  readonly indexing: Promise<void>[];
  readonly options: ImportOptions;
}

async function toStore(prepared: Prepared, options: ImportOptions): Promise<ToStore> {
  const { record, derivedTitle, original } = prepared;
  const rules = {
    retitledIsNewVersion: options.retitledIsNewVersion ?? false,
    fingerprints: await prepared.fingerprints,
  };
  return { record, derivedTitle, rules, ...(original ? { original } : {}) };
}

// The search index told of what a transaction stored (not awaited: the index, in its worker,
// catches up while the next articles are read), once per transaction rather than per article.
// A held text (see held-text.ts) was never here: the index reads that article back itself, as
// it does an archived article a repeat gave details to (its text is not here either).
function indexStored(
  { db, revision, indexing }: Batch,
  outcomes: readonly StoreOutcome[],
  textHeld = false,
): void {
  const upserted = outcomes.flatMap((o) => (o.kind === 'already-archived' ? [] : [o.article]));
  const here = new Set(upserted.map((a) => a.id));
  const filled = outcomes.flatMap((o) =>
    o.kind === 'already-archived' && o.filled && !here.has(o.existingId) ? [o.existingId] : [],
  );
  if (!upserted.length && !filled.length) return;
  const readBack = [...new Set([...(textHeld ? here : []), ...filled])];
  indexing.push(
    afterArticlesChanged(db, textHeld ? [] : upserted, [], {
      persist: false,
      revision,
      ...(readBack.length ? { readBack } : {}),
    }),
  );
}

// What follows an article's storing (the index told by the caller): the near-copy check begun.
function afterStored(
  { db, options }: Batch,
  prepared: Prepared,
  stored: StoreOutcome,
  place: BatchPlace,
): Committed {
  const { label } = prepared;
  const warned = prepared.warning ? { warning: prepared.warning } : {};
  if (stored.kind === 'already-archived')
    return {
      result: {
        kind: 'already-archived',
        label,
        articleId: stored.existingId,
        existing: stored.existing,
        ...(stored.filled ? { filled: stored.filled } : {}),
        ...warned,
      },
    };
  const { id, storyId } = stored.article;
  if (stored.kind === 'new-version')
    return { result: { kind: 'new-version', label, articleId: id, storyId, ...warned } };
  // Asked after storing, so nothing is lost whatever the person then chooses; not awaited
  // here, so the next writes do not queue behind it (the first check at 100,000 articles waits
  // seconds for the worker to load every sketch).
  // A check that fails (the worker stopped) is said in the summary, never the import's failure.
  const nearCopy = nearCopyOf(db, id, stored.sketch, place, options).then(
    (copy): NearCopyAnswer => ({ kind: 'checked', ...(copy ? { copy } : {}) }),
    (): NearCopyAnswer => ({ kind: 'failed' }),
  );
  const { title } = stored.article;
  return { result: { kind: 'added', label, articleId: id, title, ...warned }, nearCopy };
}

async function commit(batch: Batch, prepared: Prepared, place: BatchPlace): Promise<Committed> {
  try {
    const { record, derivedTitle, original, rules } = await toStore(prepared, batch.options);
    await afterBackup();
    const { options } = batch;
    // A big record is cloned by IndexedDB on the thread that writes it: a worker writes it (it
    // comes here alone, see importItems).
    const { held } = prepared;
    const stored = storesOff(prepared, options)
      ? await storeThrough(
          batch.db,
          options.storeArticleOff,
          {
            record,
            derivedTitle,
            retitledIsNewVersion: rules?.retitledIsNewVersion ?? false,
            ...(original ? { original } : {}),
            ...(rules?.fingerprints ? { fingerprints: rules.fingerprints } : {}),
            ...(held ? { held: held.ticket } : {}),
          },
          held?.readHere,
        )
      : await storeArticle(batch.db, record, derivedTitle, original, rules);
    indexStored(batch, [stored], !!held);
    return afterStored(batch, prepared, stored, place);
  } catch (error) {
    return { result: { kind: 'failed', label: prepared.label, reason: describeWriteError(error) } };
  }
}

// An import begun before a backup passed its write session's wait for it (write-session.ts), so
// each transaction waits here, in the page, just before it is made: queued in IndexedDB behind
// the backup's snapshot, it would hold back every later read of its tables (the library's rows)
// until the whole backup was written.
const afterBackup = (): Promise<void> => backupHold.ended();

interface Queued {
  readonly prepared: Prepared;
  readonly place: BatchPlace;
  readonly settle: (committed: Committed) => void;
}

// A group in one transaction; if it fails, each article alone, so only a bad one fails.
async function writeGroup(batch: Batch, group: readonly Queued[]): Promise<void> {
  let stored: StoreOutcome[] | undefined;
  // (A big article written off the thread is never grouped: importItems queues it alone.)
  if (group.length > 1 && !group.some((q) => storesOff(q.prepared, batch.options))) {
    try {
      const items = await Promise.all(group.map((q) => toStore(q.prepared, batch.options)));
      await afterBackup();
      stored = await storeArticles(batch.db, items);
      indexStored(batch, stored);
    } catch {
      stored = undefined;
    }
  }
  for (const [i, { prepared, place, settle }] of group.entries()) {
    const outcome = stored?.[i];
    settle(
      outcome ? afterStored(batch, prepared, outcome, place) : await commit(batch, prepared, place),
    );
  }
}

// How many of the queue's first articles go in the next group (at least one).
function groupSize(queue: readonly Queued[]): number {
  let chars = 0;
  for (const [i, { prepared }] of queue.entries()) {
    chars += prepared.record.text.length + prepared.record.html.length;
    if (i === groupMost || (i > 0 && chars > groupChars)) return i;
  }
  return queue.length;
}

/**
 * Writes articles in groups: whatever queued while the last groups were written goes in the
 * next one, so an import whose writes keep up writes one article per transaction, and one whose
 * writes fall behind (a large archive, where each commit costs more) several per commit.
 */
export function groupWriter(
  batch: Batch,
): (prepared: Prepared, place: BatchPlace) => Promise<Committed> {
  const queue: Queued[] = [];
  let running = 0;
  const pump = (): void => {
    // A cancel stops what has not reached a transaction yet; what has is written.
    if (batch.options.signal?.aborted)
      for (const { prepared, settle } of queue.splice(0))
        settle({ result: { kind: 'cancelled', label: prepared.label } });
    while (queue.length > 0 && running < groupsInFlight) {
      const group = queue.splice(0, groupSize(queue));
      running++;
      void writeGroup(batch, group).finally(() => {
        running--;
        pump();
      });
    }
  };
  return (prepared, place) =>
    new Promise((settle) => {
      queue.push({ prepared, place, settle });
      pump();
    });
}
