import type { HtmlParser } from '../core/extract/dom-like';
import { parseHtmlWithLinkedom as linkedomParser } from '../core/extract/linkedom-parser';
import { readInput, withInputNotes } from '../core/extract/read-input';
import type { ExtractOutcome } from '../core/extract/types';
import type { HtmlExtractor } from '../import/import-types';
import { cliHtmlExtractor } from './html-extractor';
import type { DocumentFile } from './read-document';
import { articleDocument } from './article-document';

/**
 * HTML reading for the CLI, in its own module so linkedom and Readability (~0.4 s to load) are
 * loaded only when an input is HTML (read-document imports this lazily).
 */

/** linkedom as the CLI's HTML parser: a light DOM, fast enough for batches of saved pages. */
export const parseHtmlWithLinkedom: HtmlParser = linkedomParser;

let shared: HtmlExtractor | undefined;

/** The CLI's page reader: a worker thread with a time limit, started on the first HTML file. */
export function cliExtractor(): HtmlExtractor {
  shared ??= cliHtmlExtractor().extract;
  return shared;
}

/**
 * Reads a file as an article: the shared input check (readInput), then HTML on the timed
 * worker thread and text or Markdown here. Never throws; a failure is a reason in words.
 */
export async function extractFile(
  path: string,
  bytes: Uint8Array,
  extractHtml: HtmlExtractor = cliExtractor(),
): Promise<ExtractOutcome> {
  const checked = readInput({ name: path, bytes });
  if (checked.kind === 'failed') return checked;
  const { extractText } = await import('../core/extract/extract-bytes');
  const outcome =
    checked.format === 'html'
      ? await extractHtml(checked.text, '')
      : extractText(checked.text, checked.format, undefined);
  return withInputNotes(outcome, checked);
}

/** A saved page as a document: the article Readability finds, decoded by its declared charset. */
export async function readHtmlDocument(path: string, bytes: Uint8Array): Promise<DocumentFile> {
  const outcome = await extractFile(path, bytes);
  if (outcome.kind === 'failed') throw new Error(`${path}: ${outcome.reason}`);
  return articleDocument(path, outcome.article);
}
