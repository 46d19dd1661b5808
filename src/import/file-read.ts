import type { HtmlParser } from '../core/extract/dom-like';
import { readInput, withInputNotes } from '../core/extract/read-input';
import type { ExtractOutcome } from '../core/extract/types';
import { withFormatHint } from './format-hint';
import type { HeldText } from './held-text';
import type { TextExtractor } from './lazy-extract';
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
 * readFileForImport (read-file-off.ts) with the extractor given: the page passes one that has
 * not loaded Readability and markdown-it for a plain text file (extractorFor).
 */
export function readFileWith(
  extract: TextExtractor,
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
  const outcome = withInputNotes(extract(checked.text, checked.format, parseHtml), checked);
  return outcome.kind === 'ok'
    ? { outcome, facts: textFactsOf(outcome.article.text) }
    : { outcome };
}
