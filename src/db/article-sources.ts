import type { ArchiveDatabase } from './database';
import { fromListSource } from './list-source';

/** The sources of the given articles, in their order (undefined for an id not archived). */
export async function sourcesOf(
  db: ArchiveDatabase,
  ids: readonly string[],
): Promise<(string | undefined)[]> {
  if (ids.length === 0) return [];
  // Summary rows: small, no text read for a line of the reader.
  return fromListSource(db, async (rows) =>
    (await rows.bulkGet([...ids])).map((row) => row?.source),
  );
}
