import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { isInstant, parseInstant } from '../core/extract/parse-instant';
import type { PassimArticle } from '../interop/passim/passim-input';
import { readLines } from './read-lines';

// The articles of a Verso backup for `verso export-passim`. A streamed backup (format 4, the
// layout of src/db/backup/backup-layout.ts: a header line, then one row a line, each table
// opened by `"name":[` and closed by `],`, then the closing counts) is read a line at a time, so
// memory stays bounded by its longest article whatever its size. Older backups (formats 1–3, one
// JSON text on one line, never larger than a string can be) are still read whole.

/** One article for passim, or why an entry or the file could not be read. */
export type BackupEntry = PassimArticle | { readonly failed: string };

/** Options for reading a backup: the largest file read whole (formats 1–3). */
export interface ReadBackupOptions {
  readonly maxWholeBytes?: number;
}

/** Files read whole are one JSON text, so no larger than V8's longest string (2^29 − 24). */
const defaultMaxWholeBytes = 2 ** 29;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * An instant from a backup: a number (format 2) or a date string (format 1); 0 when unknown,
 * as for a number no Date can hold (1e20), so one damaged date leaves its article undated.
 */
const instantOf = (value: unknown): number =>
  isInstant(value) && value > 0 ? value : typeof value === 'string' ? parseInstant(value) : 0;

/** The passim fields of one article row, or why it has none (n counts from 1). */
function entryOf(path: string, item: unknown, n: number): BackupEntry {
  const a = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
  if (text(a.id) === '' || typeof a.text !== 'string')
    return { failed: `${path}: article ${n} has no id or no text` };
  // Only what passim needs is taken, and no HTML, so nothing from the file reaches a page.
  return {
    id: text(a.id),
    title: text(a.title),
    source: text(a.source),
    url: text(a.url),
    publishedAt: instantOf(a.publishedAt),
    text: a.text,
  };
}

/** The file's first bytes, as text (enough for a streamed backup's header line). */
function startOf(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const bytes = Buffer.alloc(256);
    return bytes.toString('utf8', 0, readSync(fd, bytes, 0, bytes.length, 0));
  } finally {
    closeSync(fd);
  }
}

/** As backup-layout.ts's isStreamedBackupStart (the CLI does not import the database layer). */
const streamedStart = /^\{"format":"verso-archive","formatVersion":4,"exportedAt":"[^"\n]*",\n/;

/**
 * The articles of a Verso backup (`verso-archive-*.json`): every entry with a text id and a
 * text; entries without are reported, the others still read. A streamed backup cut short or
 * damaged is reported where it stops (the articles before it are still given). The file's start
 * is read now, so a file that cannot be read throws here (ENOENT, EISDIR…), before any entry.
 */
export function backupArticles(
  path: string,
  options: ReadBackupOptions = {},
): Iterable<BackupEntry> | AsyncIterable<BackupEntry> {
  if (streamedStart.test(startOf(path))) return streamedArticles(path);
  const { maxWholeBytes = defaultMaxWholeBytes } = options;
  const size = statSync(path).size;
  if (size > maxWholeBytes)
    return [
      {
        failed: `${path}: ${size.toLocaleString('en')} bytes of one JSON text, more than can be read whole (a Verso backup this large is written a row per line, format 4)`,
      },
    ].values();
  return wholeArticles(path, readFileSync(path));
}

/** An older backup (formats 1–3), or any other JSON, parsed whole. */
function* wholeArticles(path: string, bytes: Uint8Array): Generator<BackupEntry> {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    yield { failed: `${path}: not JSON, so not a Verso backup` };
    return;
  }
  const articles = (data as { articles?: unknown } | null)?.articles;
  if (!Array.isArray(articles)) {
    yield { failed: `${path}: no "articles" list, so not a Verso backup` };
    return;
  }
  for (const [n, item] of articles.entries()) yield entryOf(path, item, n + 1);
}

/** A streamed backup's articles, a line at a time; then its closing count is checked. */
async function* streamedArticles(path: string): AsyncGenerator<BackupEntry> {
  let lineNo = 0;
  let read = 0;
  let stage: 'header' | 'before' | 'articles' | 'after' = 'header';
  const where = (): string =>
    `${path}: a Verso backup damaged at line ${lineNo.toLocaleString('en')}`;
  // A row that does not parse is damage only if a line follows it: the last line of a file cut
  // short is a row broken off (readline does not say whether a line ended with its break).
  let broken = '';
  for await (const line of readLines(path)) {
    if (broken !== '') {
      yield { failed: broken };
      return;
    }
    lineNo++;
    if (stage === 'header') stage = 'before';
    else if (stage === 'before') {
      if (line !== '"articles":[') {
        yield { failed: `${where()} (where its articles should begin)` };
        return;
      }
      stage = 'articles';
    } else if (stage === 'articles') {
      if (line === '],') stage = 'after';
      else {
        let row: unknown;
        try {
          row = JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line);
        } catch {
          broken = `${where()} (an article that is not JSON, after article ${read})`;
          continue;
        }
        yield entryOf(path, row, ++read);
      }
    } else if (line.startsWith('"counts":')) {
      // The closing counts say the file is whole, and how many articles it holds.
      let said: unknown;
      try {
        said = (JSON.parse(`{${line}`) as { counts?: { articles?: unknown } }).counts?.articles;
      } catch {
        said = undefined;
      }
      if (said !== read)
        yield {
          failed: `${path}: a Verso backup damaged: it says it holds ${String(said)} articles but has ${read}`,
        };
      return;
    }
  }
  yield {
    failed: `${path}: a Verso backup cut short (it breaks off after ${read.toLocaleString('en')} articles, before its end)`,
  };
}
