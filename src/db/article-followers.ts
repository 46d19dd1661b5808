import { Dexie } from 'dexie';
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';

/**
 * What the middlewares that keep a derived store in step with `articles` (facets.ts,
 * summaries.ts, url-keys.ts) share: the widened transaction, the zone-keeping promise and, for
 * the stores written after the article, the middleware itself.
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

/** True when `trans` holds `store`: during an upgrade from before it, the store does not exist yet. */
function holds(trans: DBCoreTransaction, store: string): boolean {
  const names = (trans as unknown as { objectStoreNames?: DOMStringList }).objectStoreNames;
  return Boolean(names?.contains(store));
}

/** The derived store's side of an `articles` write that has succeeded as `res` says. */
export type ArticleFollow<Before = undefined> = (
  derived: DBCoreTable,
  req: DBCoreMutateRequest,
  res: DBCoreMutateResponse,
  before: Before,
) => Promise<unknown>;

/** What a follower reads from `articles` before the write runs (the rows it replaces). */
export type ReadBefore<Before> = (
  articles: DBCoreTable,
  req: DBCoreMutateRequest,
) => PromiseLike<Before>;

/**
 * A middleware keeping `derived` in step with `articles` inside the very transaction that writes
 * them: `follow` runs after each write, so every write path keeps the store right without knowing
 * about it, and nothing is half-written. With `readBefore`, what it returns is read first and
 * handed to `follow`.
 */
export function articleFollower(
  name: string,
  derived: string,
  follow: ArticleFollow,
): Middleware<DBCore>;
export function articleFollower<Before>(
  name: string,
  derived: string,
  follow: ArticleFollow<Before>,
  readBefore: ReadBefore<Before>,
): Middleware<DBCore>;
export function articleFollower<Before>(
  name: string,
  derived: string,
  follow: ArticleFollow<Before | undefined>,
  readBefore?: ReadBefore<Before>,
): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name,
    create(down) {
      const known = down.schema.tables.some((t) => t.name === derived);
      // A follower that reads before it writes runs one write of a transaction at a time, so
      // two bulk writes in flight at once cannot both read the same rows and lose an update.
      const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();
      return {
        ...down,
        transaction: widenArticleWrites(down, derived),
        table(tableName) {
          const table = down.table(tableName);
          if (tableName !== 'articles' || !known) return table;
          // Every `.then` here is called now, in the caller's zone, so each step runs in it.
          const write = (req: DBCoreMutateRequest, before: Before | undefined) =>
            inZone(table.mutate(req)).then((res) =>
              inZone(follow(down.table(derived), req, res, before)).then(() => res),
            );
          return {
            ...table,
            mutate(req) {
              if (!holds(req.trans, derived)) return table.mutate(req);
              if (!readBefore) return write(req, undefined);
              const run = inZone(queues.get(req.trans))
                .then(() => readBefore(table, req))
                .then((before) => write(req, before));
              queues.set(
                req.trans,
                run.catch(() => undefined),
              );
              return run;
            },
          };
        },
      };
    },
  };
}
