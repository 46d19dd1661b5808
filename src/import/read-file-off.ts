import type { HtmlParser } from '../core/extract/dom-like';
import { extractText } from '../core/extract/extract-bytes';
import { readInput, withInputNotes } from '../core/extract/read-input';
import { withFormatHint } from './format-hint';
import type { ExtractOutcome } from '../core/extract/types';
import type { HeldText } from './held-text';
import { textFactsOf, type TextFacts } from './text-facts';

/**
 * Files from this size up are read off the page's thread when the import is given a reader for
 * it: decoding, tidying, hashing and counting a 5–10 MB text were tasks of 0.4–2 s.
 */
export const offThreadFileBytes = 256 * 1024;

/** A file read into its article, with the record's text facts when it was read. */
export interface FileRead {
  readonly outcome: ExtractOutcome;
  readonly facts?: TextFacts;
  /**
   * The article's text is held by the reader (the article's `text` is empty): only the writer
   * off the thread takes it (see held-text.ts).
   */
  readonly held?: HeldText;
}

/**
 * Reads a text or Markdown file's bytes into its article and text facts (what a worker does for
 * a big file). HTML is left to the caller (undefined): it is read by the HTML extractor. A parser
 * (the worker's linkedom) cleans a Markdown file's raw HTML of handlers (markdown-dom.ts).
 */
export function readFileForImport(
  input: {
    readonly name: string;
    readonly bytes: Uint8Array;
  },
  parseHtml?: HtmlParser,
): FileRead | undefined {
  const checked = readInput(input);
  if (checked.kind === 'failed')
    return { outcome: { ...checked, reason: withFormatHint(checked.reason, input) } };
  if (checked.format === 'html') return undefined;
  const outcome = withInputNotes(extractText(checked.text, checked.format, parseHtml), checked);
  return outcome.kind === 'ok'
    ? { outcome, facts: textFactsOf(outcome.article.text) }
    : { outcome };
}
