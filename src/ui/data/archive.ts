import { ArchiveDatabase } from '../../db/database';
import type { ImportItem, ImportOptions, ImportResult } from '../../db/import-types';
import { importItems } from '../../db/import-items';

let database: ArchiveDatabase | null = null;

/** The archive the app works on; Dexie opens it on first use. */
export function archive(): ArchiveDatabase {
  database ??= new ArchiveDatabase();
  return database;
}

/** Imports items into the app's archive. */
export function importIntoArchive(
  items: readonly ImportItem[],
  options: ImportOptions,
): Promise<readonly ImportResult[]> {
  return importItems(archive(), items, options);
}
