import type { ArchiveDatabase } from '../database';
import type { ArticleRecord } from '../records';
import { rebuildDerivedData } from '../derive';
import { bumpRevision } from '../revision';
import { describeWriteError } from '../write-error';
import type { ArchiveBackup, BackupCheck, RestoreResult } from './backup';
import { badArticle, checkShape } from './backup-format';
import { streamedFormatVersion, type BackupCounts, type SectionName } from './backup-layout';
import { BackupDamage, type BackupRow } from './backup-reader';
import { missing, restoreWatch } from './restore-rows';

/** Where a restore is: checking the file whole, writing its articles, or rebuilding echoes' data. */
export type RestoreProgress =
  | { readonly phase: 'checking'; readonly articles: number }
  | { readonly phase: 'writing'; readonly articles: number; readonly total: number }
  | { readonly phase: 'rebuilding'; readonly articles: number; readonly total: number };

/** Options for a restore: progress, and a cancel that works until writing begins. */
export interface RestoreOptions {
  readonly onProgress?: (progress: RestoreProgress) => void;
  /**
   * Stops the restore while the file is being checked (nothing written yet). Once writing has
   * begun it runs to the end: a replace stopped half way would leave half an archive.
   */
  readonly signal?: AbortSignal;
  /** Articles checked, or written, per batch (one transaction each when writing). */
  readonly batchSize?: number;
  /**
   * Characters of text and HTML that end a writing batch early: a batch of big articles is not
   * held in memory by the hundred.
   */
  readonly batchChars?: number;
}

/** The characters an article row holds in its text and HTML (0 for a row that is no article). */
const charsOf = (row: unknown): number => {
  const { text, html } = (typeof row === 'object' && row !== null ? row : {}) as Record<
    string,
    unknown
  >;
  return (
    (typeof text === 'string' ? text.length : 0) + (typeof html === 'string' ? html.length : 0)
  );
};

type Rest = Record<Exclude<SectionName, 'articles'>, unknown[]>;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const backupOf = (articles: readonly unknown[], rest?: Rest): ArchiveBackup =>
  ({
    format: 'verso-archive',
    formatVersion: streamedFormatVersion,
    exportedAt: '',
    articles,
    stories: [],
    tags: [],
    ...rest,
  }) as unknown as ArchiveBackup;

class Refused extends Error {}

/**
 * Checks one batch of article rows as the restore will write them; throws Refused with words.
 * Checked a slice at a time, letting the page draw between slices once one has taken a while
 * (sanitising an article's HTML may take milliseconds): a batch is never one long task.
 */
async function checkBatch(
  rows: readonly unknown[],
  first: number,
  check: BackupCheck,
  checkOnly: boolean,
): Promise<ArticleRecord[]> {
  const out: ArticleRecord[] = [];
  let since = performance.now();
  for (let at = 0; at < rows.length; at += slice) {
    const part = rows.slice(at, at + slice);
    for (const [i, row] of part.entries()) {
      const problem = badArticle(row);
      if (problem)
        throw new Refused(
          `Article ${first + at + i} in the backup ${problem}; nothing was restored.`,
        );
    }
    const checked = check(backupOf(part), { firstArticle: first + at, checkOnly });
    if (checked.kind === 'failed') throw new Refused(checked.reason);
    out.push(...checked.backup.articles);
    if (performance.now() - since > 20) {
      await nextTask();
      since = performance.now();
    }
  }
  // Each slice finds repeated ids within itself; across slices, here.
  const ids = new Set<string>();
  for (const [i, article] of out.entries()) {
    if (ids.has(article.id))
      throw new Refused(
        `Article ${first + i} in the backup repeats the id of another; nothing was restored.`,
      );
    ids.add(article.id);
  }
  return out;
}

const slice = 25;

/**
 * Reads the file whole, checking every row, without writing: a file cut short or damaged is
 * refused here with its reason and the archive is as it was. Returns the rows other than
 * articles, checked (they are few, and come after the articles in the file), and the count.
 */
async function checkWhole(
  rows: () => AsyncGenerator<BackupRow, BackupCounts>,
  check: BackupCheck,
  options: RestoreOptions,
): Promise<{ rest: ArchiveBackup; articles: number }> {
  const { batchSize = 500, signal, onProgress } = options;
  const rest: Rest = {
    stories: [],
    tags: [],
    annotations: [],
    subscriptions: [],
    watchedPages: [],
  };
  const ids = new Set<string>();
  let batch: unknown[] = [];
  let articles = 0;
  const checkNow = async (): Promise<void> => {
    for (const [i, article] of (await checkBatch(batch, articles + 1, check, true)).entries()) {
      // Within a batch the check finds repeats; across batches, this.
      if (ids.has(article.id))
        throw new Refused(
          `Article ${articles + i + 1} in the backup repeats the id of another; nothing was restored.`,
        );
      ids.add(article.id);
    }
    articles += batch.length;
    batch = [];
    onProgress?.({ phase: 'checking', articles });
    signal?.throwIfAborted();
    await nextTask();
  };
  for await (const row of rows()) {
    if (row.section !== 'articles') rest[row.section].push(row.value);
    else {
      batch.push(row.value);
      if (batch.length >= batchSize) await checkNow();
    }
  }
  if (batch.length > 0) await checkNow();
  const shaped = checkShape(backupOf([], rest));
  if (shaped.kind === 'failed') throw new Refused(shaped.reason);
  const checked = check(shaped.backup);
  if (checked.kind === 'failed') throw new Refused(checked.reason);
  return { rest: checked.backup, articles };
}

/**
 * Restores a streamed backup (format 4) in two readings of the file, so memory stays bounded
 * whatever its size. The first checks it whole and writes nothing: a file cut short or damaged
 * leaves the archive as it was, and `replace` drops nothing until the backup has been read to
 * its end. The second writes the articles a batch per transaction (each article whole), then
 * the rest in one. Should a write fail then (the disk full), the reason says how far it got.
 */
export async function restoreStreamed(
  db: ArchiveDatabase,
  rows: () => AsyncGenerator<BackupRow, BackupCounts>,
  mode: 'merge' | 'replace',
  check: BackupCheck,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  let whole: { rest: ArchiveBackup; articles: number };
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
  let cleared = mode === 'merge';
  const writeBatch = async (batch: readonly unknown[]): Promise<void> => {
    const articles = await checkBatch(batch, written + 1, check, false);
    await db.transaction('rw', db.tables, async () => {
      if (!cleared) await Promise.all(db.tables.map((t) => t.clear()));
      cleared = true;
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
    const { stories, tags, annotations = [] } = whole.rest;
    await db.transaction('rw', db.tables, async () => {
      if (!cleared) await Promise.all(db.tables.map((t) => t.clear()));
      await db.stories.bulkAdd(await missing(db.stories, stories, (s) => s.id));
      await db.tags.bulkAdd(await missing(db.tags, tags, (t) => t.name));
      await db.annotations.bulkAdd(await missing(db.annotations, annotations, (a) => a.id));
      await restoreWatch(db, whole.rest);
      await bumpRevision(db);
    });
  } catch (error) {
    const reason =
      error instanceof Error && !(error instanceof BackupDamage || error instanceof Refused)
        ? describeWriteError(error)
        : error instanceof Error
          ? error.message
          : String(error);
    const kept =
      written === 0
        ? 'nothing was restored'
        : mode === 'replace'
          ? `the archive now holds only the first ${written.toLocaleString('en')} of its ${whole.articles.toLocaleString('en')} articles`
          : `${added.toLocaleString('en')} articles were added before it stopped`;
    return { kind: 'failed', reason: `The restore stopped while writing (${reason}); ${kept}.` };
  }
  await rebuildDerivedData(db, {
    onProgress: (done, total) => onProgress?.({ phase: 'rebuilding', articles: done, total }),
  });
  return { kind: 'restored', added, skipped };
}
