import { parsedWebAddress } from '../extract/web-address';

/** Feed values come in many shapes (a string, `{ value }`, a list of either); these read them. */

/** The text of a feed value: a string, a `{ value }` / `{ name }` object, or the first of a list. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const entry of value) {
      const text = textOf(entry);
      if (text) return text;
    }
    return '';
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return textOf(record.value ?? record.name ?? record.email ?? '');
  }
  return '';
}

/** The first non-empty text among several candidates. */
export function firstText(...values: readonly unknown[]): string {
  for (const value of values) {
    const text = textOf(value);
    if (text) return text;
  }
  return '';
}

/** An http(s) address resolved against the feed's own, or undefined for anything else. */
export function absoluteWebUrl(raw: string, base: string): string | undefined {
  return raw ? parsedWebAddress(raw, base)?.href : undefined;
}
