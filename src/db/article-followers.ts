import { Dexie } from 'dexie';
import type { DBCore } from 'dexie';

/**
 * What the middlewares that keep a derived store in step with `articles` (facets.ts,
 * summaries.ts) share: the widened transaction and the zone-keeping promise.
 */

/**
 * Dexie's own hooks layer, below these middlewares, finds its transaction in Dexie's zone
 * (`PSD.trans`) when `mutate` is called. After a native `await` or a native `.then`, that zone is
 * only kept by Dexie's "echoes", which run out (or never start, for a write outside an async
 * `db.transaction` scope: a bare `db.articles.bulkAdd`), and the write then fails with "Cannot
 * read properties of undefined (reading 'table')" (Dexie.js issue #1709). A Dexie promise's
 * `.then` runs its callback in the zone it was called in, so every step is chained on one.
 */
export function inZone<T>(value: T | PromiseLike<T>): Promise<T> {
  return Dexie.Promise.resolve(value);
}

/**
 * DBCore's `transaction`, widened so that every read-write transaction on `articles` also holds
 * `derived` (when the schema has it), whichever write path opened it.
 */
export function widenArticleWrites(down: DBCore, derived: string): DBCore['transaction'] {
  const known = down.schema.tables.some((t) => t.name === derived);
  return (stores, mode, options) => {
    const widen =
      known && mode === 'readwrite' && stores.includes('articles') && !stores.includes(derived);
    return down.transaction(widen ? [...stores, derived] : stores, mode, options);
  };
}
