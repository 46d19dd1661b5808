import { readFailure } from './read-document';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { HtmlParser } from '../core/extract/dom-like';
import { extractBytes } from '../core/extract/extract-bytes';
import { parseInstant } from '../core/extract/parse-instant';
import type { PassimArticle } from '../interop/passim/passim-input';

/** Articles read from one input: each article, or the reason the file or one entry failed. */
export type ReadArticles = AsyncIterable<PassimArticle | { readonly failed: string }>;

let htmlParser: HtmlParser | undefined;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** An instant from a backup: a number (format 2) or a date string (format 1); 0 when unknown. */
const instantOf = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0
    ? value
    : typeof value === 'string'
      ? parseInstant(value)
      : 0;

/**
 * The articles of a Verso backup (`verso-archive-*.json`): every entry with a text id and a
 * text; entries without are reported, the others still read. Only what passim needs is taken,
 * and no HTML, so nothing from the file reaches a page.
 */
function* backupArticles(
  path: string,
  bytes: Uint8Array,
): Generator<PassimArticle | { failed: string }> {
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
  for (const [n, item] of articles.entries()) {
    const a = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (text(a.id) === '' || typeof a.text !== 'string') {
      yield { failed: `${path}: article ${n + 1} has no id or no text` };
      continue;
    }
    yield {
      id: text(a.id),
      title: text(a.title),
      source: text(a.source),
      url: text(a.url),
      publishedAt: instantOf(a.publishedAt),
      text: a.text,
    };
  }
}

/**
 * Articles from a path: a Verso backup (.json) gives its articles; a .txt, .md or .html file (or
 * "-", a text on standard input) is one article, extracted as the archive's import does, its id
 * the path as given.
 */
export async function* readArticles(path: string): ReadArticles {
  const ext = path === '-' ? '.txt' : extname(path).toLowerCase();
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (error) {
    yield { failed: readFailure(path, error) };
    return;
  }
  if (ext === '.json') {
    yield* backupArticles(path, bytes);
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
