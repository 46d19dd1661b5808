import type { HtmlParser } from './dom-like';
import { extractHtmlArticle } from './html-article';
import { extractMarkdown } from './markdown-article';
import { extractPlainText } from './text-article';
import { stripInertMarkup } from './strip-inert';
import { failed, type SourceFormat, type ExtractOutcome } from './types';
import { readInput, withInputNotes } from './read-input';

// In their own modules so readers that need only the limit or the check (the CLI) do not load Readability.
export { maxArticleBytes } from './limits';
export { encodingName, formatOf } from './read-input';

/** Extracts an article from a text string in a known format (pasted text, decoded files). */
export function extractText(
  text: string,
  format: SourceFormat,
  parseHtml: HtmlParser | undefined,
  url = '',
): ExtractOutcome {
  if (format === 'txt') return extractPlainText(text);
  if (format === 'md') return extractMarkdown(text, parseHtml);
  if (!parseHtml) return failed('HTML cannot be read here (no HTML parser).');
  let doc;
  try {
    const html = stripInertMarkup(text);
    doc = parseHtml(html, url);
    // A fragment (no <html>) gives linkedom a document with no root, which Readability refuses.
    if (!doc.documentElement)
      doc = parseHtml(`<!doctype html><html><head></head><body>${html}</body></html>`, url);
  } catch {
    return failed('The HTML could not be parsed.');
  }
  return extractHtmlArticle(doc, url);
}

/** Extracts an article from a file's bytes: the shared input check (readInput), then the format's reader. */
export function extractBytes(
  input: {
    readonly name: string;
    readonly bytes: Uint8Array;
    readonly contentType?: string;
    readonly url?: string;
  },
  parseHtml: HtmlParser | undefined,
): ExtractOutcome {
  const checked = readInput(input);
  if (checked.kind === 'failed') return checked;
  return withInputNotes(extractText(checked.text, checked.format, parseHtml, input.url), checked);
}
