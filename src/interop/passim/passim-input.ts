import { isInstant } from '../../core/extract/parse-instant';

/**
 * passim's input, one document a line (github.com/dasmiq/passim, "Structuring the Input"):
 * required `id` and `text`, optional `series` (reuse inside one series is ignored) and `date`
 * (orders passages in a cluster); other fields pass through to passim's output.
 */

/** What an exported article needs: the archive's record and the CLI's files both fit. */
export interface PassimArticle {
  readonly id: string;
  readonly title: string;
  /** Site or publication; '' when unknown. */
  readonly source: string;
  readonly url: string;
  /** Publication instant (ms since 1970 UTC); 0 or undefined when undated. */
  readonly publishedAt?: number;
  readonly text: string;
  /** The id of the earlier article this one is a version of (one story), when it is one. */
  readonly versionOf?: string;
}

/**
 * How articles are grouped into passim series: by source (reuse inside one paper is ignored, as
 * passim intends for mastheads and ads), or none (each article its own series, so every repeat
 * between two articles counts).
 */
export type SeriesMode = 'source' | 'none';

/** Every series mode, for argument checks. */
export const seriesModes: readonly SeriesMode[] = ['source', 'none'];

/** The series an article goes in: its source, or its own id when it has none or mode is none. */
export function seriesOf(article: PassimArticle, mode: SeriesMode): string {
  return mode === 'source' && article.source.trim() !== '' ? article.source.trim() : article.id;
}

/**
 * `YYYY-MM-DD` of an instant (UTC), or undefined when undated or past year 9999: passim sorts
 * dates as strings, and Date writes later years as `+275760-09-13`, which would sort first.
 */
export function passimDate(instant: number | undefined): string | undefined {
  if (!isInstant(instant) || instant <= 0) return undefined;
  const iso = new Date(instant).toISOString();
  return iso.startsWith('+') ? undefined : iso.slice(0, 10);
}

/**
 * One article as one line of passim input: `{"id","series","date","title","url","text"}` (date
 * left out when unknown; `versionOf` after them when the article is a later version of another,
 * a field passim passes through, so a story's edits can be told from reuse in its output). The text goes verbatim, not XML-escaped, so passim's `begin`/`end`
 * index the very text Verso keeps and the import can check them against it.
 */
export function passimInputLine(article: PassimArticle, mode: SeriesMode): string {
  return JSON.stringify({
    id: article.id,
    series: seriesOf(article, mode),
    date: passimDate(article.publishedAt),
    title: article.title,
    url: article.url,
    text: article.text,
    ...(article.versionOf !== undefined ? { versionOf: article.versionOf } : {}),
  });
}
