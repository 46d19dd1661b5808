import type { ArchiveDatabase } from '../database';
import { rebuildDerivedData } from '../derive';
import { facetsTable } from '../facets';
import { summariesTable } from '../summaries';
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
import { missing, restoreWatch } from './restore-rows';

export type { RestoreOptions, RestoreProgress } from './restore-check';

/** Why a write failed, in words that claim nothing about what was kept (the caller says that). */
function whyWriteFailed(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError')
    return 'the browser has no more storage for this archive (quota exceeded)';
  if (error instanceof Refused) return error.message;
  return 'the browser’s database refused the data';
}

const n = (count: number): string => count.toLocaleString('en');

/** Table names a replace never clears: articles, and what middlewares keep in step with them. */
const keptInStep = new Set(['articles', facetsTable, summariesTable]);

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
  const { batchSize = 2000, batchChars = 8 << 20, onProgress } = options;
  let added = 0;
  let skipped = 0;
  let written = 0;
  let stage: 'writing' | 'deleting' | 'rest' = 'writing';
  const writeBatch = async (batch: readonly unknown[]): Promise<void> => {
    const articles = await checkBatch(batch, written + 1, check, false);
    await db.transaction('rw', db.tables, async () => {
      // Every transaction that writes articles stamps a new revision: a restore stopped after
      // this batch must not leave the stored search index, clusters and echoes looking current.
      await bumpRevision(db);
      if (mode === 'replace') {
        // Over the archive, nothing cleared: the old articles stay whole until all are in.
        await db.articles.bulkPut(articles);
        added += articles.length;
        return;
      }
      const present = await db.articles.bulkGet(articles.map((a) => a.id));
      const hashes = new Set(
        await db.articles
          .where('contentHash')
          .anyOf(articles.map((a) => a.contentHash))
          .keys(),
      );
      const fresh = articles.filter(
        (a, i) => present[i] === undefined && !hashes.has(a.contentHash),
      );
      await db.articles.bulkAdd(fresh);
      added += fresh.length;
      skipped += articles.length - fresh.length;
    });
    written += batch.length;
    onProgress?.({ phase: 'writing', articles: written, total: whole.articles });
    await nextTask();
  };
  try {
    let batch: unknown[] = [];
    let chars = 0;
    for await (const row of rows()) {
      // The articles come first; the rest was read and checked the first time.
      if (row.section !== 'articles') break;
      batch.push(row.value);
      chars += charsOf(row.value);
      if (batch.length >= batchSize || chars >= batchChars) {
        await writeBatch(batch);
        batch = [];
        chars = 0;
      }
    }
    if (batch.length > 0) await writeBatch(batch);
    if (mode === 'replace') {
      stage = 'deleting';
      const old = (await db.articles.toCollection().primaryKeys()).filter(
        (id) => !whole.ids.has(id),
      );
      for (let at = 0; at < old.length; at += batchSize)
        await db.transaction('rw', db.tables, async () => {
          await db.articles.bulkDelete(old.slice(at, at + batchSize));
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
    return {
      kind: 'failed',
      ...stoppedWords(whyWriteFailed(error), mode, stage, written, added, whole.articles),
    };
  }
  await rebuildDerivedData(db, {
    onProgress: (done, total) => onProgress?.({ phase: 'rebuilding', articles: done, total }),
  });
  return { kind: 'restored', added, skipped };
}

/** What a restore that stopped while writing leaves, said once (see restoreStreamed). */
function stoppedWords(
  why: string,
  mode: 'merge' | 'replace',
  stage: 'writing' | 'deleting' | 'rest',
  written: number,
  added: number,
  total: number,
): { reason: string; partial?: true } {
  if (stage === 'writing' && written === 0)
    return { reason: `The restore could not write (${why}). The archive is as it was.` };
  const again = 'Restoring the backup again finishes it.';
  if (mode === 'merge')
    return {
      reason: `The restore stopped (${why}) after adding ${n(added)} of the backup's articles, each whole; the rest were not added. ${again}`,
      partial: true,
    };
  if (stage === 'writing')
    return {
      reason: `The restore stopped (${why}) after writing ${n(written)} of the backup's ${n(total)} articles. The archive still holds every article it had (those with the same id as the backup's now as the backup has them). ${again}`,
      partial: true,
    };
  return {
    reason: `The restore stopped (${why}) after writing all ${n(total)} of the backup's articles${stage === 'deleting' ? ', while removing the articles the backup does not have' : ', before its stories, tags and highlights'}. ${again}`,
    partial: true,
  };
}
