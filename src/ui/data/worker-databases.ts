import { ArchiveDatabase } from '../../db/database';

const opened = new Map<string, ArchiveDatabase>();

/** The archive database of this name, one connection per worker however often it is asked for. */
export function databaseNamed(name: string): ArchiveDatabase {
  let db = opened.get(name);
  if (!db) opened.set(name, (db = new ArchiveDatabase(name)));
  return db;
}
