import type { PrintingRow } from './printing-rows';

/** The CSV's columns, in order: one row per printing. */
export const CSV_COLUMNS = [
  'cluster',
  'source',
  'title',
  'date',
  'dated_by',
  'url',
  'article_id',
  'passage_start',
  'passage_end',
  'passage_text',
  'similarity',
] as const;

/**
 * One CSV cell (RFC 4180): quoted when it holds a quote, comma or line break, quotes doubled. A
 * text cell that a spreadsheet would read as a formula (= + - @, or a tab or carriage return
 * before one) is prefixed with an apostrophe, so an imported article cannot run one on the
 * person's machine (OWASP's CSV injection advice). Numbers are written as they are.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV line (CRLF-ended, as RFC 4180 has it) of cells. */
export const csvLine = (cells: readonly (string | number)[]): string =>
  `${cells.map(csvCell).join(',')}\r\n`;

/** The header line. */
export const csvHeader = (): string => csvLine(CSV_COLUMNS);

/** A printing's line. */
export function csvRow(row: PrintingRow): string {
  return csvLine([
    row.cluster,
    row.source,
    row.title,
    row.date,
    row.datedBy,
    row.url,
    row.articleId,
    row.start,
    row.end,
    row.text,
    row.similarity,
  ]);
}
