import type { ArchiveDatabase } from '../database';
import type { ArticleRecord } from '../records';
import { rebuildDerivedData } from '../derive';
import { announceChange } from '../changes';
import { facetsTable } from '../facets';
import { summariesTable } from '../summaries';
import { urlKeysTable } from '../url-keys';
import { bumpRevision } from '../revision';
import type { BackupCheck, RestoreResult } from './backup';
import type { BackupCounts } from './backup-layout';
import { BackupDamage, type BackupRow } from './backup-reader';
import {
  charsOf,
  checkBatch,
  checkWhole,
  nextTask,
  Refused,
  type RestoreOptions,
  type Whole,
} from './restore-check';
import { archivedByText, missing, restoreWatch } from './restore-rows';
import { cancelledWords, stoppedWords, whyWriteFailed, type Stage } from './restore-words';

export type { RestoreOptions, RestoreProgress } from './restore-check';

/** Table names a replace never clears: articles, and what middlewares keep in step with them. */
const keptInStep = new Set(['articles', facetsTable, summariesTable, urlKeysTable]);

/**
 * Restores a streamed backup (format 4) in two readings of the file, so memory stays bounded
 * whatever its size. The first checks it whole and writes nothing: a file cut short or damaged
 * leaves the archive as it was. The second writes the articles a batch per transaction (each
 * article whole), then the rest in one. A replace never leaves less than the old archive whole
 * or the new one whole, whenever it stops (a closed tab, a crash, a full disk): it writes the
 * backup's articles over the archive first (same id: the backup's wins), then deletes the old
 * articles the backup does not have, then replaces the other rows in one transaction. Should a
 * write fail, the result says what the archive then holds, and restoring again finishes it.
 */
export async function restoreStreamed(
  db: ArchiveDatabase,
  rows: () => AsyncGenerator<BackupRow, BackupCounts>,
  mode: 'merge' | 'replace',
  check: BackupCheck,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  let whole: Whole;
  try {
    whole = await checkWhole(rows, check, options);
  } catch (error) {
    if (error instanceof BackupDamage || error instanceof Refused)
      return { kind: 'failed', reason: error.message };
    if (options.signal?.aborted) return { kind: 'failed', reason: 'The restore was cancelled.' };
    throw error;
  }
  // Each transaction's commit re-runs what the open screens show (the library's live queries),
  // so the writing batches are large: 2,000 articles, or 8 M characters of text and HTML.
  const {
    batchSize = 2000,
    batchChars = 8 << 20,
    putChars = 1 << 20,
    onProgress,
    signal,
  } = options;
  let added = 0;
  let written = 0;
  let stage: Stage = 'writing';
  // The articles before the first write: what a cancelled replace says is all still there.
  const had = await db.articles.count();
  /**
   * Writes `articles` a piece of ~`putChars` characters at a time, in the caller's transaction:
   * each piece's puts copy its rows on the main thread in one task, so a batch of 2,000 is
   * many short tasks, not one of hundreds of milliseconds. A cancel seen between pieces throws,
   * rolling the whole batch back (every article whole, the batches before it kept).
   */
  const putInPieces = async (
    articles: readonly ArticleRecord[],
    put: (piece: ArticleRecord[]) => Promise<unknown>,
  ): Promise<void> => {
    for (let at = 0; at < articles.length;) {
      let end = at;
      for (let chars = 0; end < articles.length && (end === at || chars < putChars); end++)
        chars += charsOf(articles[end]);
      signal?.throwIfAborted();
      await put(articles.slice(at, end));
      at = end;
    }
  };
  const writeBatch = async (batch: readonly unknown[]): Promise<void> => {
    const articles = await checkBatch(batch, written + 1, check, false);
    signal?.throwIfAborted();
    let fresh = articles.length;
    await db.transaction('rw', db.tables, async () => {
      // Every transaction that writes articles stamps a new revision: a restore stopped after
      // this batch must not leave the stored search index, clusters and echoes looking current.
      await bumpRevision(db);
      if (mode === 'replace')
        // Over the archive, nothing cleared: the old articles stay whole until all are in.
        return putInPieces(articles, (piece) => db.articles.bulkPut(piece));
      const present = await db.articles.bulkGet(articles.map((a) => a.id));
      const absent = articles.filter((_, i) => present[i] === undefined);
      const repeats = await archivedByText(db, absent, whole.ids);
      const kept = absent.filter((a) => !repeats.has(a.id));
      fresh = kept.length;
      await putInPieces(kept, (piece) => db.articles.bulkAdd(piece));
    });
    // Counted once the batch's transaction has committed: a batch rolled back adds nothing.
    added += fresh;
    written += batch.length;
    onProgress?.({ phase: 'writing', articles: written, total: whole.articles });
    await nextTask();
  };
  try {
    let batch: unknown[] = [];
    let chars = 0;
    let since = performance.now();
    for await (const row of rows()) {
      // The articles come first; the rest was read and checked the first time.
      if (row.section !== 'articles') break;
      batch.push(row.value);
      chars += charsOf(row.value);
      if (batch.length >= batchSize || chars >= batchChars) {
        await writeBatch(batch);
        batch = [];
        chars = 0;
        since = performance.now();
      } else if (performance.now() - since > 20) {
        // Reading and parsing lines already in memory never waits: let the page draw.
        await nextTask();
        since = performance.now();
      }
    }
    if (batch.length > 0) await writeBatch(batch);
    // Every article of the backup is in: from here the restore runs to its end (a cancel now
    // would leave the old articles half deleted, or the backup without its stories and tags).
    stage = 'deleting';
    onProgress?.({ phase: 'finishing', total: whole.articles });
    // The archive's ids are read a page at a time (100,000 read and sifted at once took 200 ms
    // of one task), and the old ones among them deleted, a transaction a page.
    for (let after: string | undefined; mode === 'replace';) {
      const ids = await (
        after === undefined ? db.articles.orderBy(':id') : db.articles.where(':id').above(after)
      )
        .limit(batchSize)
        .primaryKeys();
      if (ids.length === 0) break;
      after = ids[ids.length - 1];
      const old = ids.filter((id) => !whole.ids.has(id));
      if (old.length > 0)
        await db.transaction('rw', db.tables, async () => {
          await db.articles.bulkDelete(old);
          await bumpRevision(db);
        });
    }
    stage = 'rest';
    const { stories, tags, annotations = [] } = whole.rest;
    await db.transaction('rw', db.tables, async () => {
      // What the old archive had beside its articles goes now, in the transaction that writes
      // the backup's (derived data is rebuilt after).
      if (mode === 'replace')
        await Promise.all(db.tables.filter((t) => !keptInStep.has(t.name)).map((t) => t.clear()));
      await db.stories.bulkAdd(await missing(db.stories, stories, (s) => s.id));
      await db.tags.bulkAdd(await missing(db.tags, tags, (t) => t.name));
      await db.annotations.bulkAdd(await missing(db.annotations, annotations, (a) => a.id));
      await restoreWatch(db, whole.rest);
      await bumpRevision(db);
    });
  } catch (error) {
    const at = { mode, stage, written, added, total: whole.articles };
    // Cancelled while writing the articles (only then is the signal looked at).
    const words =
      signal?.aborted && stage === 'writing'
        ? cancelledWords(at, had, await db.articles.count())
        : stoppedWords(error instanceof Refused ? error.message : whyWriteFailed(error), at);
    // What was written stays; the search index, sketches and scans must then say what is there
    // (the batches committed were announced to no one), as after a whole restore.
    if ((mode === 'replace' ? written : added) > 0 || stage !== 'writing')
      await rebuildAfter(db, onProgress);
    return { kind: 'failed', ...words };
  }
  await rebuildAfter(db, onProgress);
  return { kind: 'restored', added, skipped: written - added };
}

/**
 * Derives the search index, sketches and scans again from the articles now there, after a
 * restore that wrote any. One that stopped on a failing disk may fail to rebuild too: the app's
 * derived data is then told to rebuild itself from the articles, and the result still says what
 * the archive holds.
 */
async function rebuildAfter(
  db: ArchiveDatabase,
  onProgress: RestoreOptions['onProgress'],
): Promise<void> {
  try {
    await rebuildDerivedData(db, {
      onProgress: (done, total) => onProgress?.({ phase: 'rebuilding', articles: done, total }),
    });
  } catch {
    await announceChange(db, { kind: 'rebuild-needed' }).catch(() => undefined);
  }
}
