import { isDateOnly, undated } from '../../core/extract/parse-instant';
import type { ArticleSummary } from '../../db/query-types';
import type { Highlighted } from '../../search/snippets';

/** One row of the library list: an article, with highlighted title and snippet when searching. */
export interface LibraryRow {
  readonly article: ArticleSummary;
  readonly title?: Highlighted;
  readonly snippet?: Highlighted;
}

/**
 * A date in the user's locale and time zone ('' when undated); `withTime` adds the time of day
 * when one is known. A date given without a time (stored as midnight UTC) is shown as that day
 * everywhere, not as the evening before west of Greenwich.
 */
export function formatDate(time: number, withTime = false): string {
  if (time === undated || !Number.isFinite(time)) return '';
  const dateOnly = isDateOnly(time);
  return formatterFor(withTime && !dateOnly, dateOnly).format(time);
}

/**
 * A row's line under its title: source, date (or when it was imported), length. A version of a
 * story (`version`) also says what tells it from the others, which often share source and day:
 * its time when the page states one, and "updated …" when the page says it changed later (a
 * file's own date says when it was saved, not changed, so it is not shown).
 */
export function rowMeta(article: ArticleSummary, version = false): string {
  const date =
    formatDate(article.publishedAt, version) || `imported ${formatDate(article.importedAt)}`;
  const changed = article.modifiedAt;
  const updated =
    version &&
    changed !== undefined &&
    !article.modifiedByFile &&
    (article.publishedAt === undated || changed - article.publishedAt >= 60_000)
      ? `updated ${formatDate(changed, true)}`
      : '';
  return [article.source, date, updated, formatWordCount(article.wordCount)]
    .filter(Boolean)
    .join(' · ');
}

/**
 * A row's name for a screen reader: its title, then where and when it is from, so rows of one
 * wire story under one headline are told apart (and focus comes back to the right one).
 */
export function rowName(article: ArticleSummary): string {
  return `${article.title || 'Untitled'}, ${rowMeta(article).replaceAll(' · ', ', ')}`;
}

// Made on first use, not as the module loads: a new tab's first Intl formatter loads the locale
// data (~30 ms calm, ~80 ms at load 12), which the page's first part can do while IndexedDB opens.
let counts: Intl.NumberFormat | undefined;

/** An article's length as the library and reader say it: "1,100,000 words", "1 word". */
export function formatWordCount(words: number): string {
  counts ??= new Intl.NumberFormat('en');
  return `${counts.format(words)} ${words === 1 ? 'word' : 'words'}`;
}

/**
 * Makes the formatters a library row uses now, so the first rows' drawing does not wait for the
 * locale data: called by the page's first part while the archive opens (main.tsx).
 */
export function prepareRowFormats(): void {
  formatWordCount(0);
  formatterFor(false, false);
  formatterFor(false, true);
}

// toLocaleString with options builds a new Intl.DateTimeFormat on every call (~0.1 ms each): a
// library page re-rendered during an import spent tens of milliseconds per task on dates alone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(time: boolean, utc: boolean): Intl.DateTimeFormat {
  const key = `${time}/${utc}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(undefined, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      ...(time ? { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' } : {}),
      ...(utc ? { timeZone: 'UTC' } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}
