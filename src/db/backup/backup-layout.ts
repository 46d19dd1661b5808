/**
 * The streamed backup's layout (format 4). Still one JSON document (older tools, and the CLI,
 * read it with JSON.parse), but written a row per line, so it is written and read a row at a
 * time, never as one string:
 *
 *   {"format":"verso-archive","formatVersion":4,"exportedAt":"…",
 *   "articles":[
 *   {…one article…},
 *   {…}
 *   ],
 *   "stories":[ … ],   (then tags, annotations, subscriptions, watchedPages, each the same way)
 *   "counts":{"articles":2,…}}
 *
 * JSON.stringify never writes a raw line break inside a value, so a line is exactly one row. The
 * closing counts say the file is whole: a file that ends before them was cut short.
 */

/** The format version of a streamed backup (formats 1–3 were one JSON text on one line). */
export const streamedFormatVersion = 4;

/** The tables a backup holds, in the order the file lists them (articles first). */
export const sectionNames = [
  'articles',
  'stories',
  'tags',
  'annotations',
  'subscriptions',
  'watchedPages',
] as const;

/** One of the backup's tables. */
export type SectionName = (typeof sectionNames)[number];

/** How many rows of each table the backup holds (its closing line). */
export type BackupCounts = Readonly<Record<SectionName, number>>;

/** A count of nought for every table, for a writer or a reader to add to as it goes. */
export function zeroCounts(): Record<SectionName, number> {
  return Object.fromEntries(sectionNames.map((name) => [name, 0])) as Record<SectionName, number>;
}

/**
 * True when a file's first characters are a streamed backup's header line. A format-4 backup
 * that was parsed and written again as one line is not: it is read whole, as formats 1–3 are.
 */
export function isStreamedBackupStart(start: string): boolean {
  return /^\{"format":"verso-archive","formatVersion":4,"exportedAt":"[^"\n]*",\n/.test(start);
}
