import type { HtmlParser } from '../core/extract/dom-like';
import { extractPlainText } from '../core/extract/text-article';
import type { ExtractOutcome, SourceFormat } from '../core/extract/types';

/** extractText's shape (core/extract/extract-bytes.ts): a decoded text in a known format, read. */
export type TextExtractor = (
  text: string,
  format: SourceFormat,
  parseHtml: HtmlParser | undefined,
  url?: string,
) => ExtractOutcome;

type FullExtractor = typeof import('../core/extract/extract-bytes');
let full: Promise<FullExtractor> | undefined;

// Readability and markdown-it: ~300 KB the page fetched, compiled and ran with the import's
// other modules (126–203 ms alone on an idle page) although its HTML is read in a worker.
function fullExtractor(): Promise<FullExtractor> {
  // A failed load (a chunk the network lost) is tried again on next use.
  full ??= import('../core/extract/extract-bytes').catch((error: unknown) => {
    full = undefined;
    throw error;
  });
  return full;
}

// Plain text only: the one format read with no library.
const plainOnly: TextExtractor = (text) => extractPlainText(text);

/**
 * The extractor for a text in `format`: plain text at once, Markdown and HTML by the full
 * extractor, loaded on first need — a page that imports text files, its HTML read in a worker,
 * never loads it.
 */
export async function extractorFor(format: SourceFormat): Promise<TextExtractor> {
  return format === 'txt' ? plainOnly : (await fullExtractor()).extractText;
}
