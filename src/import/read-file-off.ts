import type { HtmlParser } from '../core/extract/dom-like';
import { extractText } from '../core/extract/extract-bytes';
import { readFileWith, type FileRead } from './file-read';

export { offThreadFileBytes, type FileRead } from './file-read';

/**
 * Reads a text or Markdown file's bytes into its article and text facts (what a worker does for
 * a big file). HTML is left to the caller (undefined): it is read by the HTML extractor. A parser
 * (the worker's linkedom) cleans a Markdown file's raw HTML of handlers (markdown-dom.ts). With
 * every format's reader loaded: the page's import uses readFileWith (see lazy-extract.ts).
 */
export function readFileForImport(
  input: {
    readonly name: string;
    readonly bytes: Uint8Array;
  },
  parseHtml?: HtmlParser,
): FileRead | undefined {
  return readFileWith(extractText, input, parseHtml);
}
