import type { Transaction } from 'dexie';
import { urlKeyOf } from '../core/extract/normalise-url';
import type { ArticleOrigin } from './records';
import { schemaV4 } from './migrations';

/**
 * Schema v20: `*urlKeys`, a multi-entry index of the addresses an article was fetched by — the
 * one asked for and, when redirects moved the fetch, the one it ended at — once normalised, so
 * "is this address archived?" is an index lookup, not a scan of every article's origin. The
 * article's own address (`urlKey`, its canonical link) keeps its index.
 */
export const schemaV20 = {
  articles: `${schemaV4.articles}, *urlKeys`,
} as const;

/** The asked and final addresses of a fetched article, once normalised; none for other origins. */
export function urlKeysOf(origin: ArticleOrigin | undefined): string[] {
  if (origin?.kind !== 'url') return [];
  const keys = [urlKeyOf(origin.url), origin.finalUrl ? urlKeyOf(origin.finalUrl) : ''];
  return [...new Set(keys.filter((key) => key !== ''))];
}

/** Articles read at a time by the upgrade: a slice of texts in memory, never the archive's. */
const SLICE = 1000;

/**
 * v19 → v20: gives every fetched article its `urlKeys` (files, pastes and restores without an
 * address get none: the index leaves them out). The origins are in the rows, so it reads the
 * articles a slice at a time by id and writes back only the fetched ones: a cursor `modify` was
 * several times slower (each row stepped through one by one; see the test's measure).
 */
export async function addUrlKeys(tx: Transaction): Promise<void> {
  type Row = { id: string; origin?: ArticleOrigin; urlKeys?: string[] };
  const articles = tx.table<Row, string>('articles');
  let after: string | undefined;
  for (;;) {
    const rows = await (
      after === undefined ? articles.orderBy(':id') : articles.where(':id').above(after)
    )
      .limit(SLICE)
      .toArray();
    const last = rows.at(-1);
    if (!last) return;
    const fetched = rows.flatMap((row) => {
      const urlKeys = urlKeysOf(row.origin);
      return urlKeys.length > 0 ? [{ ...row, urlKeys }] : [];
    });
    if (fetched.length > 0) await articles.bulkPut(fetched);
    after = last.id;
  }
}
