import type { HtmlParser } from '../core/extract/dom-like';
import { readInput, withInputNotes } from '../core/extract/read-input';
import { withFormatHint } from './format-hint';
import { extractPlainText } from '../core/extract/text-article';
import type { SourceFormat, ExtractOutcome } from '../core/extract/types';
import { webAddress } from '../core/extract/web-address';
import type { ImportItem, ImportOptions, UrlFallback } from './import-types';
import type { ArticleOrigin } from '../db/records';
import type { HeldArticle, HeldText } from './held-text';
import { offThreadFileBytes, readFileWith, type FileRead } from './file-read';
import { extractorFor } from './lazy-extract';
import type { TextFacts } from './text-facts';

/** An extraction with where it came from, ready to become a record. */
export interface Resolved {
  readonly outcome: ExtractOutcome;
  readonly origin: ArticleOrigin;
  /** The bytes read, when there were any (files, pages): kept if their encoding was a guess. */
  readonly bytes?: Uint8Array;
  /** The text's hash and word count, when they were computed with the reading (off the thread). */
  readonly facts?: TextFacts;
  /** The article's text when it is held off the thread (the article's `text` is then empty). */
  readonly held?: HeldArticle;
  /** A file's last-modified time (ms since 1970 UTC), when its host gave one. */
  readonly fileModifiedAt?: number;
}

// A big file read in the read-file worker; undefined (HTML, or the worker failed) reads it here.
// Its text is held there when a writer there will take it (see held-text.ts).
async function readOff(
  input: { readonly name: string; readonly bytes: Uint8Array },
  options: ImportOptions,
): Promise<FileRead | undefined> {
  if (!options.readFileOff || input.bytes.length < offThreadFileBytes) return undefined;
  return options.readFileOff({ ...input, hold: !!options.storeArticleOff }).catch(() => undefined);
}

// The held text read again here: the same bytes read the same way give the same text (with the
// same format's reader, loaded now: reading it again is synchronous).
async function heldArticle(
  ticket: HeldText | undefined,
  input: { readonly name: string; readonly bytes: Uint8Array },
  format: SourceFormat,
): Promise<{ readonly held?: HeldArticle }> {
  if (!ticket) return {};
  const extract = await extractorFor(format);
  const readHere = (): string => {
    const again = readFileWith(extract, input);
    if (again?.outcome.kind !== 'ok') throw new Error('The file could not be read again.');
    return again.outcome.article.text;
  };
  return { held: { ticket, readHere } };
}

const defaultUrlTimeoutMs = 30_000;

/** The name an item goes by in progress and result messages. */
export function labelOf(item: ImportItem): string {
  if (item.kind === 'file') return item.file.relativePath || item.file.name;
  if (item.kind === 'url') return item.url;
  return item.html ? 'Pasted HTML' : 'Pasted text';
}

function timeout(ms: number, signal?: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The site did not answer within ${+(ms / 1000).toFixed(2)} seconds.`)),
      ms,
    );
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new Error('Cancelled.'));
    });
  });
}

async function resolveUrl(
  url: string,
  options: ImportOptions,
  parseHtml?: HtmlParser,
  fallback?: UrlFallback,
): Promise<Resolved> {
  const origin: ArticleOrigin = { kind: 'url', format: 'html', url };
  const fail = (reason: string): Resolved => ({ outcome: { kind: 'failed', reason }, origin });
  const address = webAddress(url);
  if (!address) return fail('This is not a web address (http:// or https://).');
  if (!options.fetchUrl) return fail('Fetching web pages is not available here.');
  let fetched;
  try {
    fetched = await Promise.race([
      options.fetchUrl(address.href),
      timeout(options.urlTimeoutMs ?? defaultUrlTimeoutMs, options.signal),
    ]);
  } catch (error) {
    return fail(error instanceof Error ? error.message : 'The site could not be reached.');
  }
  if (fetched.kind === 'failed') return fail(fetched.reason);
  const outcome = await extractInput(
    {
      name: (webAddress(fetched.finalUrl) ?? address).pathname,
      bytes: fetched.bytes,
      contentType: fetched.contentType,
    },
    fetched.finalUrl,
    options,
    parseHtml,
  );
  const format = outcome.kind === 'ok' ? outcome.article.format : 'html';
  // Kept when a redirect moved the fetch, so the article is known by both of its addresses.
  const moved = fetched.finalUrl && fetched.finalUrl !== url ? { finalUrl: fetched.finalUrl } : {};
  return {
    outcome: withFallback(atAddress(outcome, fetched.finalUrl || address.href), fallback),
    origin: { kind: 'url', format: format === 'md' ? 'txt' : format, url, ...moved },
    bytes: fetched.bytes,
  };
}

// HTML goes to the extractor when there is one (a worker with a time limit: a hostile page cannot
// hang the page's thread); so does Markdown, whose raw HTML must lose its handlers before any
// document of the page parses it (markdown-dom.ts). Text is cheap and stays here.
async function extractDecoded(
  text: string,
  format: SourceFormat,
  url: string,
  options: ImportOptions,
  parseHtml: HtmlParser | undefined,
): Promise<ExtractOutcome> {
  if (format !== 'txt' && options.extractHtml)
    return options.extractHtml(text, url, options.signal, format);
  return (await extractorFor(format))(text, format, parseHtml, url);
}

async function extractInput(
  input: {
    readonly name: string;
    readonly bytes: Uint8Array;
    readonly contentType?: string;
    readonly size?: number;
  },
  url: string,
  options: ImportOptions,
  parseHtml: HtmlParser | undefined,
): Promise<ExtractOutcome> {
  const checked = readInput(input);
  if (checked.kind === 'failed')
    return { ...checked, reason: withFormatHint(checked.reason, input) };
  const outcome = await extractDecoded(checked.text, checked.format, url, options, parseHtml);
  return withInputNotes(outcome, checked);
}

// A fetched text or Markdown page names no address of its own (an HTML page's is its canonical
// link, else where it was fetched from): it is where the fetch ended, which also gives it a source.
function atAddress(outcome: ExtractOutcome, finalUrl: string): ExtractOutcome {
  if (outcome.kind === 'failed' || outcome.article.url) return outcome;
  return { ...outcome, article: { ...outcome.article, url: finalUrl } };
}

// The page's own metadata wins; the feed's fills only what the page left empty (or made up).
function withFallback(outcome: ExtractOutcome, fallback?: UrlFallback): ExtractOutcome {
  if (outcome.kind === 'failed' || !fallback) return outcome;
  const { article } = outcome;
  const title = fallback.title?.trim();
  const useTitle = article.titleDerived && !!title;
  return {
    kind: 'ok',
    article: {
      ...article,
      title: useTitle ? title : article.title,
      titleDerived: useTitle ? false : article.titleDerived,
      byline: article.byline || fallback.byline?.trim() || '',
      publishedAt: article.publishedAt || fallback.publishedAt?.trim() || '',
      siteName: article.siteName || fallback.siteName?.trim() || '',
    },
  };
}

/** Reads one item into an extracted article (or a reason it cannot be). */
export async function resolveItem(
  item: ImportItem,
  options: ImportOptions,
  parseHtml: HtmlParser | undefined,
): Promise<Resolved> {
  if (item.kind === 'url') return resolveUrl(item.url, options, parseHtml, item.fallback);
  if (item.kind === 'file') {
    const { name, relativePath } = item.file;
    const origin = { kind: 'file', format: 'txt', name, relativePath } as const;
    let read: {
      readonly bytes: Uint8Array;
      readonly size?: number;
      readonly lastModified?: number;
    } = item.file;
    try {
      if (item.file.read) read = await item.file.read();
    } catch {
      // Moved, deleted or no longer readable since it was chosen.
      return { outcome: { kind: 'failed', reason: 'Could not read the file.' }, origin };
    }
    const off = await readOff({ name, bytes: read.bytes }, options);
    const outcome =
      off?.outcome ??
      (await extractInput({ name, bytes: read.bytes, size: read.size }, '', options, parseHtml));
    const format = outcome.kind === 'ok' ? outcome.article.format : 'txt';
    const lastModified = read.lastModified ?? item.file.lastModified;
    return {
      outcome,
      origin: { ...origin, format },
      bytes: read.bytes,
      ...(lastModified && Number.isFinite(lastModified) ? { fileModifiedAt: lastModified } : {}),
      ...(off?.facts ? { facts: off.facts } : {}),
      ...(await heldArticle(off?.held, { name, bytes: read.bytes }, format)),
    };
  }
  if (item.html) {
    const fromHtml = await extractDecoded(item.html, 'html', '', options, parseHtml);
    // Pasted HTML that holds no article may still be worth keeping as the plain text it came with.
    if (fromHtml.kind === 'ok' || !item.text.trim())
      return {
        outcome: withTitle(fromHtml, item.title),
        origin: { kind: 'paste', format: 'html' },
      };
  }
  return {
    outcome: withTitle(extractPlainText(item.text), item.title),
    origin: { kind: 'paste', format: 'txt' },
  };
}

function withTitle(outcome: ExtractOutcome, title?: string): ExtractOutcome {
  if (outcome.kind === 'failed' || !title?.trim()) return outcome;
  return { kind: 'ok', article: { ...outcome.article, title: title.trim(), titleDerived: false } };
}
