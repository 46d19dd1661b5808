import type { DBCore, Middleware } from 'dexie';

/**
 * A Dexie middleware that counts the queries through an index of `articles` (a primary-key read
 * is not counted): what the filter of archived keys is there to spare an import.
 */
export function countingQueries(queries: { count: number }): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'CountQueries',
    level: -1,
    create: (down) => ({
      ...down,
      table(tableName) {
        const table = down.table(tableName);
        if (tableName !== 'articles') return table;
        return {
          ...table,
          query: (req) => (req.query.index.name && queries.count++, table.query(req)),
          openCursor: (req) => (
            !req.query.index.isPrimaryKey && queries.count++,
            table.openCursor(req)
          ),
        };
      },
    }),
  };
}
