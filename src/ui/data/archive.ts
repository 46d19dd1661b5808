import { ArchiveDatabase } from '../../db/database';
import type { ImportItem, ImportOptions, ImportResult } from '../../db/import-types';

let database: ArchiveDatabase | null = null;

/** The archive the app works on; Dexie opens it on first use. */
export function archive(): ArchiveDatabase {
  database ??= new ArchiveDatabase();
  return database;
}

/** Imports items into the app's archive; the extraction pipeline loads on first use, not at start-up. */
export async function importIntoArchive(
  items: readonly ImportItem[],
  options: ImportOptions,
): Promise<readonly ImportResult[]> {
  const { importItems } = await import('../../db/import-items');
  return importItems(archive(), items, options);
}
