import type { Table } from 'dexie';
import type { ArchiveDatabase } from './database';
import { fetchedKeysOf, urlKeyFillKey, urlKeyRowsOf, type UrlKeyRow } from './migrations-v20';
import { type PassMark, type PassProgress, passPending, runPass } from './marked-pass';
import { summaryFillKey } from './summary-fill';
import { countArticles } from './tags';
import type { ArticleOrigin } from './records';

/**
 * Filling `urlKeys` (schema v20) for the articles archived before it, and asking it. The upgrade
 * only leaves a mark; after the app has opened, the fill reads the older articles a step per
 * short transaction from where the last step ended (resumed at the next start if the page
 * closes), as the v18 summary fill does. It reads the summaries (they hold each origin without
 * the text) unless those are themselves still to fill. Until it ends, a lookup reads the index
 * for the articles passed and the rows not passed yet: the same answer, read the slow way.
 */

/** Articles per step: summaries are small; a write waiting for a step waits little. */
const stepRows = 1000;

/** What a step or a lookup needs of an article. */
interface Addressed {
  readonly id: string;
  readonly origin?: ArticleOrigin;
}

/** True while older articles' addresses are still to fill (lookups then also read rows). */
export function urlKeysToFill(db: ArchiveDatabase): Promise<boolean> {
  return passPending(db, urlKeyFillKey);
}

// The store holding every article's origin now: summaries, unless they are being filled.
async function origins(db: ArchiveDatabase): Promise<Table<Addressed, string>> {
  const summariesPending = (await db.meta.get(summaryFillKey)) !== undefined;
  return (summariesPending ? db.articles : db.articleSummaries) as unknown as Table<
    Addressed,
    string
  >;
}

/**
 * Writes the addresses of the next `rows` articles, in one transaction with the mark; returns
 * the articles passed so far, or undefined once the fill is over (the mark is then gone).
 */
export async function fillUrlKeyStep(
  db: ArchiveDatabase,
  rows = stepRows,
): Promise<number | undefined> {
  // Only the store read is in the step's scope: a read-write hold on both would make every
  // reader of the other (the library, the start-up's checks) wait for each step too.
  const fromArticles = await passPending(db, summaryFillKey);
  const read = fromArticles ? db.articles : db.articleSummaries;
  return db.transaction('rw', [db.meta, db.urlKeys, read], async () => {
    const mark: PassMark | undefined = await db.meta.get(urlKeyFillKey);
    if (!mark) return undefined;
    // The summaries were marked to fill (or finished) since: the next step reads the other store.
    if ((await passPending(db, summaryFillKey)) !== fromArticles) return mark.value;
    const source = read as unknown as Table<Addressed, string>;
    const page: Addressed[] = await (
      mark.after === undefined ? source.orderBy(':id') : source.where(':id').above(mark.after)
    )
      .limit(rows)
      .toArray();
    const values = page.flatMap(urlKeyRowsOf);
    if (values.length) await db.urlKeys.bulkPut(values);
    const last = page.at(-1);
    if (page.length < rows || last === undefined) {
      await db.meta.delete(urlKeyFillKey);
      return undefined;
    }
    const done = mark.value + page.length;
    const next: PassMark = { key: urlKeyFillKey, value: done, after: last.id };
    await db.meta.put(next);
    return done;
  });
}

/**
 * Fills every address still to fill, telling `onProgress` after each step; stops early when
 * `signal` aborts (the mark keeps its place). Resolves true when finished.
 */
export async function fillOlderUrlKeys(
  db: ArchiveDatabase,
  onProgress: (progress: PassProgress) => void = () => undefined,
  signal?: AbortSignal,
): Promise<boolean> {
  if (!(await urlKeysToFill(db))) return true;
  return runPass(() => fillUrlKeyStep(db), await countArticles(db), onProgress, signal);
}

/**
 * The archived articles fetched by any of `keys` (addresses once normalised, asked for or ended
 * at): an index read once filled; until then also the rows the fill has not passed. Call inside
 * a transaction holding meta, urlKeys, articles and articleSummaries, or outside any.
 */
export function fetchedFrom(db: ArchiveDatabase, keys: readonly string[]): Promise<UrlKeyRow[]> {
  const wanted = [...new Set(keys.filter((key) => key !== ''))];
  if (wanted.length === 0) return Promise.resolve([]);
  const stores = [db.meta, db.urlKeys, db.articles, db.articleSummaries];
  return db.transaction('r', stores, async () => {
    const indexed = await db.urlKeys.where('key').anyOf(wanted).toArray();
    const mark: PassMark | undefined = await db.meta.get(urlKeyFillKey);
    if (!mark) return indexed;
    const asked = new Set(wanted);
    const source = await origins(db);
    const rest: Addressed[] = await (
      mark.after === undefined ? source.toCollection() : source.where(':id').above(mark.after)
    )
      .filter((row: Addressed) => fetchedKeysOf(row.origin).some((key) => asked.has(key)))
      .toArray();
    const unpassed = rest.flatMap(urlKeyRowsOf).filter((row) => asked.has(row.key));
    const seen = new Set(indexed.map((row) => `${row.articleId} ${row.key}`));
    return [...indexed, ...unpassed.filter((row) => !seen.has(`${row.articleId} ${row.key}`))];
  });
}
