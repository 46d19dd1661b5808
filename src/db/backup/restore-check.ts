import type { ArticleRecord } from '../records';
import type { ArchiveBackup, BackupCheck } from './backup';
import { badArticle, checkShape } from './backup-format';
import { streamedFormatVersion, type BackupCounts, type SectionName } from './backup-layout';
import type { BackupRow } from './backup-reader';

// The first of a streamed restore's two readings (restore-stream.ts): the file checked whole,
// row by row, with nothing written.

/**
 * Where a restore is: checking the file whole, writing its articles, finishing (a replace's old
 * articles removed, then the stories, tags and highlights written), or rebuilding echoes' data.
 */
export type RestoreProgress =
  | { readonly phase: 'checking'; readonly articles: number }
  | { readonly phase: 'writing'; readonly articles: number; readonly total: number }
  | { readonly phase: 'finishing'; readonly total: number }
  | { readonly phase: 'rebuilding'; readonly articles: number; readonly total: number };

/** Options for a restore: progress, and a cancel that works until every article is written. */
export interface RestoreOptions {
  readonly onProgress?: (progress: RestoreProgress) => void;
  /**
   * Stops the restore while the file is checked (nothing written) or its articles written (the
   * batch being written is rolled back; the batches before it stay, each article whole, and a
   * replace has deleted nothing yet). Once the 'finishing' phase is reported it runs to its end:
   * a replace stopped there would have deleted part of the old archive.
   */
  readonly signal?: AbortSignal;
  /** Articles checked, or written, per batch (one transaction each when writing). */
  readonly batchSize?: number;
  /**
   * Characters of text and HTML that end a writing batch early: a batch of big articles is not
   * held in memory by the hundred.
   */
  readonly batchChars?: number;
  /** Characters of text and HTML written in one task within a batch's transaction. */
  readonly putChars?: number;
}

/** The characters an article row holds in its text and HTML (0 for a row that is no article). */
export const charsOf = (row: unknown): number => {
  const { text, html } = (typeof row === 'object' && row !== null ? row : {}) as Record<
    string,
    unknown
  >;
  return (
    (typeof text === 'string' ? text.length : 0) + (typeof html === 'string' ? html.length : 0)
  );
};

/** The backup's rows other than articles, by table. */
type Rest = Record<Exclude<SectionName, 'articles'>, unknown[]>;

/** Lets the page draw and take input before the next batch. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

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

/** A backup the check refused, with the words to say why. */
export class Refused extends Error {}

/**
 * Checks one batch of article rows as the restore will write them; throws Refused with words.
 * Checked a slice at a time, letting the page draw between slices once one has taken a while
 * (sanitising an article's HTML may take milliseconds): a batch is never one long task.
 */
export async function checkBatch(
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

/** Articles checked between two looks at the clock. */
const slice = 25;

/**
 * Reads the file whole, checking every row, without writing: a file cut short or damaged is
 * refused here with its reason and the archive is as it was. Returns the rows other than
 * articles, checked (they are few, and come after the articles in the file), and the count.
 */
export async function checkWhole(
  rows: () => AsyncGenerator<BackupRow, BackupCounts>,
  check: BackupCheck,
  options: RestoreOptions,
): Promise<Whole> {
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
  let since = performance.now();
  for await (const row of rows()) {
    if (row.section !== 'articles') rest[row.section].push(row.value);
    else {
      batch.push(row.value);
      if (batch.length >= batchSize) {
        await checkNow();
        since = performance.now();
      }
    }
    // Lines already read into memory are parsed without waiting: let the page draw meanwhile.
    if (performance.now() - since > 20) {
      await nextTask();
      signal?.throwIfAborted();
      since = performance.now();
    }
  }
  if (batch.length > 0) await checkNow();
  const shaped = checkShape(backupOf([], rest));
  if (shaped.kind === 'failed') throw new Refused(shaped.reason);
  const checked = check(shaped.backup);
  if (checked.kind === 'failed') throw new Refused(checked.reason);
  return { rest: checked.backup, articles, ids };
}

/** What the first reading found: the rows other than articles (checked), and the articles' ids. */
export interface Whole {
  readonly rest: ArchiveBackup;
  readonly articles: number;
  readonly ids: ReadonlySet<string>;
}
