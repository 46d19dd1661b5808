import type { HtmlParser } from './dom-like';
import { decodeBytes } from './decode-text';
import { declaredCharset } from './html-metadata';
import { extractHtmlArticle } from './html-article';
import { extractMarkdown } from './markdown-article';
import { extractPlainText } from './text-article';
import { stripInertMarkup } from './strip-inert';
import { failed, type ArticleFormat, type ExtractOutcome } from './types';
import { maxArticleBytes } from './limits';

// In its own module so readers that need only the limit (the CLI) do not load Readability.
export { maxArticleBytes } from './limits';

const byExtension: Record<string, ArticleFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

/** The format a file name or a content type says, or undefined when Verso does not read it. */
export function formatOf(name: string, contentType = ''): ArticleFormat | undefined {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/markdown') return 'md';
  if (type === 'text/plain') return 'txt';
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return byExtension[extension];
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Extracts an article from a text string in a known format (pasted text, decoded files). */
export function extractText(
  text: string,
  format: ArticleFormat,
  parseHtml: HtmlParser | undefined,
  url = '',
): ExtractOutcome {
  if (format === 'txt') return extractPlainText(text);
  if (format === 'md') return extractMarkdown(text);
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

/** Extracts an article from a file's bytes: size and type checks, decoding, then the format's reader. */
export function extractBytes(
  input: {
    readonly name: string;
    readonly bytes: Uint8Array;
    readonly contentType?: string;
    readonly url?: string;
  },
  parseHtml: HtmlParser | undefined,
): ExtractOutcome {
  const format = formatOf(input.name, input.contentType);
  if (!format) {
    const shown =
      input.contentType || /\.[^./\\]+$/.exec(input.name)?.[0] || 'without an extension';
    return failed(`Verso imports .txt, .md and .html files, not ${shown}.`);
  }
  if (input.bytes.length > maxArticleBytes)
    return failed(
      `It is ${megabytes(input.bytes.length)}; Verso imports articles up to ${megabytes(maxArticleBytes)}.`,
    );
  const decoded = decodeBytes(
    input.bytes,
    format === 'html' ? declaredCharset(input.bytes) : undefined,
  );
  if (decoded.kind === 'failed') return decoded;
  const outcome = extractText(decoded.text, format, parseHtml, input.url);
  if (outcome.kind !== 'ok') return outcome;
  const assumed = decoded.assumed === true;
  const warning = [
    decoded.warning,
    assumed &&
      `It does not say its encoding; Verso assumed ${encodingName(decoded.encoding)}. If the text looks wrong, open it and choose another encoding.`,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    ...outcome,
    ...(warning ? { warning } : {}),
    decoding: { encoding: decoded.encoding, assumed },
  };
}

/** An encoding's name as people write it ("Windows-1251", "Shift_JIS", "UTF-8"). */
export function encodingName(label: string): string {
  const known: Record<string, string> = {
    'utf-8': 'UTF-8',
    'utf-16le': 'UTF-16 LE',
    'utf-16be': 'UTF-16 BE',
    shift_jis: 'Shift_JIS',
    'euc-jp': 'EUC-JP',
    'iso-2022-jp': 'ISO-2022-JP',
    gbk: 'GBK',
    gb18030: 'GB18030',
    big5: 'Big5',
    'euc-kr': 'EUC-KR',
    'koi8-r': 'KOI8-R',
    'koi8-u': 'KOI8-U',
  };
  return known[label] ?? label.replace(/^windows/, 'Windows').replace(/^iso/, 'ISO');
}
