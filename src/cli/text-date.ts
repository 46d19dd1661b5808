import { opensTextHeader, takeTextHeader, type TextHeader } from '../core/extract/text-header';
import { extensionOf, type DocumentFile } from './read-document';
import { titleOf } from './text-title';
import { sourceOf } from '../core/sources/source-of';
import { urlKeyOf } from '../core/extract/normalise-url';

const decoder = new TextDecoder();
const encoder = new TextEncoder();
/** Bytes decoded to read a header: its lines are short (an address at most 2,000 characters). */
const HEADER_BYTES = 16 * 1024;

/**
 * A text's header lines (`Source:`, `URL:`, `Title:`, `date YYYY-MM-DD`…: core's
 * takeTextHeader), as the app's import and `verso extract` read them: what they name, and the
 * text after them and the line breaks and spaces that follow. Undefined when the text opens with
 * no header. Reading a text file again for its passages goes through this too, so both readings
 * give the same text.
 */
export function afterTextHeader(
  text: string,
): { readonly header: TextHeader; readonly text: string } | undefined {
  const { header, rest } = takeTextHeader(text);
  return rest === text ? undefined : { header, text: rest.replace(/^[ \t\r\n]+/, '') };
}

/**
 * afterTextHeader of a plain UTF-8 text: what the header names, and how many bytes it and the
 * space after it take (the article's text starts there). Only a text whose first bytes could open
 * a header line is decoded to see, and then only its first lines.
 */
export function textHeaderOfUtf8(
  bytes: Uint8Array,
): { readonly header: TextHeader; readonly skip: number } | undefined {
  if (!opensTextHeader(decoder.decode(bytes.subarray(0, 64)))) return undefined;
  // Whole lines only: a character cut at the end of the bytes decoded is on a line not read whole.
  const cut = bytes.length <= HEADER_BYTES ? bytes.length : bytes.lastIndexOf(10, HEADER_BYTES);
  const head = decoder.decode(bytes.subarray(0, Math.max(cut, 0)));
  const after = afterTextHeader(head);
  if (!after) return undefined;
  let skip = encoder.encode(head.slice(0, head.length - after.text.length)).length;
  while (skip < bytes.length && isAsciiSpace(bytes[skip] ?? 0)) skip++;
  return { header: after.header, skip };
}

function isAsciiSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

/**
 * A decoded text file (or standard input) without its header lines, the date kept as
 * `published`, the source as `site`, a `URL:` line's address once normalised as `urlKey` (texts
 * naming one address are versions of one story, as in the app) and the title the header's or the
 * one worked out from what follows (the source by core's sourceOf: a `URL:` line's host when no
 * `Source:` line names one, as the app's import files it); Markdown and a text without a header
 * come back as they are.
 */
export function withTextHeader(doc: DocumentFile): DocumentFile {
  if (extensionOf(doc.path) !== '.txt') return doc;
  const after = afterTextHeader(doc.text);
  if (!after) return doc;
  const { path } = doc;
  const { header, text } = after;
  const site = sourceOf(header.source || doc.site, header.url);
  const urlKey = header.url ? urlKeyOf(header.url) : '';
  return {
    path,
    title: header.title || titleOf(path, text, '.txt'),
    // A headline the header gives is the article's, not made up (the version rule reads it).
    ...(header.title ? { titleDerived: false } : {}),
    text,
    ...(header.date ? { published: header.date } : {}),
    ...(site ? { site } : {}),
    ...(urlKey ? { urlKey } : {}),
  };
}
