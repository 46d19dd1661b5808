import { parseInstant, undated } from './parse-instant';

/** What a plain text's header lines name; '' for what they do not. */
export interface TextHeader {
  /** As written: `YYYY-MM-DD` or any date parseInstant reads ('' for one it does not). */
  readonly date: string;
  /** The paper or site that printed it (`Source:`, `Publisher:`). */
  readonly source: string;
  /** An http(s) address (`URL:`, `Link:`). */
  readonly url: string;
  readonly title: string;
  /** `Author:` / `Byline:` lines; a "By …" line is prose, read elsewhere. */
  readonly author: string;
}

/** The header of a text that has none. */
export const noHeader: TextHeader = { date: '', source: '', url: '', title: '', author: '' };

type Field = keyof TextHeader;

// The names a header line may use, lower-cased, and the field each fills.
const names: Readonly<Record<string, Field>> = {
  date: 'date',
  published: 'date',
  source: 'source',
  publisher: 'source',
  publication: 'source',
  url: 'url',
  link: 'url',
  title: 'title',
  headline: 'title',
  author: 'author',
  byline: 'author',
};

// Longer values are a sentence of the article that happens to open "Source: …", not a header.
const longest: Readonly<Record<Field, number>> = {
  date: 40,
  source: 100,
  url: 2000,
  title: 300,
  author: 200,
};

const keyed = /^([A-Za-z]+)[ \t]*:[ \t]*(\S.*)$/;
// The sample's own convention, kept as q20 made the CLI and the app read it: `date 2026-02-23`.
const sampleDate = /^date[ \t]+(\d{4})-(\d{2})-(\d{2})(?=\s|$)/i;

/**
 * Splits a text's header from it: the leading lines `Source:`, `Publisher:`, `URL:`, `Title:`,
 * `Author:`, `Date:` (and the sample's `date YYYY-MM-DD`), in any order, up to the first line that
 * is none of these — a blank line, normally. A value that does not fit its field (a date that is
 * not one, an address that is not http(s), a "source" as long as a sentence) ends the header
 * there, so an article that opens with such words keeps them; but a date written in a form not
 * read (`06/03/2026`) is still a header line, its date left unset. `rest` starts right after the
 * last header line (the line breaks after it are the caller's to trim); the text itself when
 * there is no header, so offsets into `rest` are offsets into the article's text.
 */
export function takeTextHeader(text: string): {
  readonly header: TextHeader;
  readonly rest: string;
} {
  const found: Record<Field, string> = { ...noHeader };
  let pos = /^\s*/.exec(text)?.[0].length ?? 0;
  let end = 0;
  while (pos < text.length) {
    const lineEnd = text.indexOf('\n', pos);
    const stop = lineEnd < 0 ? text.length : lineEnd;
    const line = text.slice(pos, stop).replace(/[ \t\r]+$/, '');
    const date = sampleDate.exec(line);
    if (date) {
      const value = `${date[1]}-${date[2]}-${date[3]}`;
      if (parseInstant(value) === undated) break;
      found.date ||= value;
      // Words after the date on its line are the article's (as they always were).
      end = pos + date[0].length;
      if (date[0].length < line.length) break;
    } else {
      const match = keyed.exec(line);
      const field = match ? names[(match[1] ?? '').toLowerCase()] : undefined;
      const raw = match?.[2] ?? '';
      const value = field ? fitting(field, raw) : '';
      // A date in a form not read (06/03/2026: day or month first?) is still a header line: the
      // lines after it stay the header's, and the date is left unknown rather than guessed.
      if (!value && !(field === 'date' && looksLikeDate(raw))) break;
      if (field && value) found[field] ||= value;
      end = stop;
    }
    if (lineEnd < 0) break;
    pos = lineEnd + 1;
  }
  return end === 0 ? { header: noHeader, rest: text } : { header: found, rest: text.slice(end) };
}

// The value as the field keeps it, or '' when it does not fit the field.
function fitting(field: Field, raw: string): string {
  const value = raw.trim();
  if (value.length > longest[field] || !/[\p{L}\p{N}]/u.test(value)) return '';
  if (field === 'date') return parseInstant(value) === undated ? '' : value;
  if (field === 'url') return isWebAddress(value) ? value : '';
  return value;
}

// Only the characters dates are written with, and a year or a numeric day (06/03/26): "last
// Tuesday" or "3 people died" is the article's opening, not a header's date.
function looksLikeDate(raw: string): boolean {
  const value = raw.trim();
  return (
    value.length <= longest.date &&
    /^[\p{L}\d\s,./:+()-]+$/u.test(value) &&
    /\b\d{4}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}/.test(value)
  );
}

function isWebAddress(value: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(value)) return false;
  try {
    return Boolean(new URL(value).host);
  } catch {
    return false;
  }
}

/**
 * True when `start` (a text's first characters: 64 are enough) opens with what could be a header
 * line, so a reader of many files decodes and reads the header only of those.
 */
export function opensTextHeader(start: string): boolean {
  const head = start.replace(/^\s+/, '');
  if (/^date[ \t]/i.test(head)) return true;
  const key = /^([A-Za-z]+)[ \t]*:/.exec(head)?.[1];
  return key !== undefined && names[key.toLowerCase()] !== undefined;
}
