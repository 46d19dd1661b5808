import { parseHTML } from 'linkedom';
import type { DocumentLike, HtmlParser } from '../core/extract/dom-like';
import { extractBytes } from '../core/extract/extract-bytes';
import type { DocumentFile } from './read-document';

/**
 * HTML reading for the CLI, in its own module so linkedom and Readability (~0.4 s to load) are
 * loaded only when an input is HTML (read-document imports this lazily).
 */

/** linkedom as the CLI's HTML parser: a light DOM, fast enough for batches of saved pages. */
export const parseHtmlWithLinkedom: HtmlParser = (html) =>
  parseHTML(html).document as unknown as DocumentLike;

/** A saved page as a document: the article Readability finds, decoded by its declared charset. */
export function readHtmlDocument(path: string, bytes: Uint8Array): DocumentFile {
  const outcome = extractBytes({ name: path, bytes }, parseHtmlWithLinkedom);
  if (outcome.kind === 'failed') throw new Error(`${path}: ${outcome.reason}`);
  return { path, title: outcome.article.title, text: outcome.article.text };
}
