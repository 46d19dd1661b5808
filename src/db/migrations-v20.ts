import type { Transaction } from 'dexie';
import { urlKeyOf } from '../core/extract/normalise-url';
import type { MetaRecord } from './records';
import type { ArticleOrigin } from './records';

/**
 * Schema v20: `urlKeys`, the addresses fetched articles were asked by and redirected to, once
 * normalised, one row per article and address, so "is this address archived?" is an index read,
 * not a read of every article's origin. A table of its own, not an index on `articles`: adding an
 * index to `articles` made IndexedDB read all 100,000 rows inside the upgrade (session 23, first
 * open 58 s against 13 s). The upgrade only creates the empty table and leaves a mark; the rows
 * of older articles are filled after the app opens (url-key-fill.ts), those written since by
 * every article write (url-keys.ts).
 */
export const schemaV20 = {
  // Keyed by article first, so an article's rows go in one range delete; `key` answers lookups.
  urlKeys: '[articleId+key], key',
} as const;

/** One address an article was fetched by. */
export interface UrlKeyRow {
  readonly articleId: string;
  /** The address once normalised (urlKeyOf, as versions are matched). */
  readonly key: string;
}

/** The mark's key in `meta` while older articles' addresses are still to fill. */
export const urlKeyFillKey = 'url-keys-to-fill';

/** The addresses asked for and ended at of a fetched article, once normalised; none otherwise. */
export function fetchedKeysOf(origin: ArticleOrigin | undefined): string[] {
  if (origin?.kind !== 'url') return [];
  const keys = [urlKeyOf(origin.url), origin.finalUrl ? urlKeyOf(origin.finalUrl) : ''];
  return [...new Set(keys.filter((key) => key !== ''))];
}

/** An article's rows in `urlKeys`. */
export function urlKeyRowsOf(article: {
  readonly id: string;
  readonly origin?: ArticleOrigin;
}): UrlKeyRow[] {
  return fetchedKeysOf(article.origin).map((key) => ({ articleId: article.id, key }));
}

/** v19 → v20: the new table is empty; marks the older articles' addresses as still to fill. */
export async function markUrlKeysToFill(tx: Transaction): Promise<void> {
  const mark: MetaRecord = { key: urlKeyFillKey, value: 0 };
  await tx.table<MetaRecord, string>('meta').put(mark);
}
