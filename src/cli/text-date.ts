import { takeLeadingDate } from '../core/extract/text-article';
import { extensionOf, type DocumentFile } from './read-document';
import { titleOf } from './text-title';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * A text's leading `date YYYY-MM-DD` line, as the app's import and `verso extract` read it: the
 * date, and the text after the line and the line breaks and spaces that follow it. Undefined
 * when the text opens with no such line. Reading a text file again for its passages goes through
 * this too, so both readings give the same text.
 */
export function afterLeadingDate(
  text: string,
): { readonly date: string; readonly text: string } | undefined {
  const { date, rest } = takeLeadingDate(text);
  return date ? { date, text: rest.replace(/^[ \t\r\n]+/, '') } : undefined;
}

/**
 * afterLeadingDate of a plain UTF-8 text: the date, and how many bytes the line and the space
 * after it take (the article's text starts there). Only a text whose first letter is a "d" is
 * decoded to see.
 */
export function leadingDateOfUtf8(
  bytes: Uint8Array,
): { readonly date: string; readonly skip: number } | undefined {
  let first = 0;
  while (first < bytes.length && isAsciiSpace(bytes[first] ?? 0)) first++;
  if (((bytes[first] ?? 0) | 32) !== 0x64) return undefined;
  const text = decoder.decode(bytes);
  const after = afterLeadingDate(text);
  if (!after) return undefined;
  const skip = encoder.encode(text.slice(0, text.length - after.text.length)).length;
  return { date: after.date, skip };
}

function isAsciiSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

/**
 * A decoded text file (or standard input) without its leading `date YYYY-MM-DD` line, the date
 * kept as `published` and the title worked out from what follows; Markdown and a text without
 * the line come back as they are.
 */
export function withLeadingDate(doc: DocumentFile): DocumentFile {
  if (extensionOf(doc.path) !== '.txt') return doc;
  const after = afterLeadingDate(doc.text);
  if (!after) return doc;
  const { path, site } = doc;
  const { date, text } = after;
  return {
    path,
    title: titleOf(path, text, '.txt'),
    text,
    published: date,
    ...(site ? { site } : {}),
  };
}
