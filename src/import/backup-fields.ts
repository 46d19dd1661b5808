import { parsedWebAddress } from '../core/extract/web-address';

/**
 * Reading a backup's untrusted rows, field by field, written once for the archive's rows
 * (check-backup.ts) and the watch rows (check-watch-backup.ts): anything of the wrong type
 * reads as empty, so a check only has to decide what empty means.
 */

/** A row of a backup file, its fields not yet checked. */
export type Fields = Record<string, unknown>;

/** The row's fields, or none when it is not an object. */
export const fieldsOf = (row: unknown): Fields =>
  (typeof row === 'object' && row !== null ? row : {}) as Fields;

/** A string field, '' for anything else. */
export const text = (value: unknown): string => (typeof value === 'string' ? value : '');

// Instants (ms since 1970 UTC) from the file: finite, not negative, not absurd.
const latestInstant = Date.UTC(3000, 0, 1);

/** An instant field, or undefined when it is not a sane one. */
export const instant = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < latestInstant
    ? value
    : undefined;

/** A count field: a whole number ≥ 0, else 0. */
export const count = (value: unknown): number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;

/** True when `value` parses as an http(s) address as written. */
export const isWebAddress = (value: string): boolean => parsedWebAddress(value) !== undefined;
