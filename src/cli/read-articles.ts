import { readFailure } from './read-document';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { HtmlParser } from '../core/extract/dom-like';
import { extractBytes } from '../core/extract/extract-bytes';
import { parseInstant } from '../core/extract/parse-instant';
import type { PassimArticle } from '../interop/passim/passim-input';
import { backupArticles, type ReadBackupOptions } from './read-backup';

/** Articles read from one input: each article, or the reason the file or one entry failed. */
export type ReadArticles = AsyncIterable<PassimArticle | { readonly failed: string }>;

let htmlParser: HtmlParser | undefined;

/**
 * Articles from a path: a Verso backup (.json) gives its articles; a .txt, .md or .html file (or
 * "-", a text on standard input) is one article, extracted as the archive's import does, its id
 * the path as given.
 */
export async function* readArticles(path: string, options: ReadBackupOptions = {}): ReadArticles {
  const ext = path === '-' ? '.txt' : extname(path).toLowerCase();
  if (ext === '.json') {
    // A backup is read a line at a time, not whole (see read-backup.ts).
    let entries;
    try {
      entries = backupArticles(path, options);
    } catch (error) {
      yield { failed: readFailure(path, error) };
      return;
    }
    yield* entries;
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (error) {
    yield { failed: readFailure(path, error) };
    return;
  }
  if (ext === '.html' || ext === '.htm')
    htmlParser ??= (await import('./html-reader')).parseHtmlWithLinkedom;
  const outcome = extractBytes({ name: path === '-' ? 'stdin.txt' : path, bytes }, htmlParser);
  if (outcome.kind === 'failed') {
    yield { failed: `${path}: ${outcome.reason}` };
    return;
  }
  const { article } = outcome;
  yield {
    id: path,
    title: article.title,
    source: article.siteName,
    url: article.url,
    publishedAt: parseInstant(article.publishedAt),
    text: article.text,
  };
}
