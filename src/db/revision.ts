import type { ArchiveDatabase } from './database';

const key = 'revision';

/**
 * Stamps the archive with a new revision; call inside every transaction that writes articles.
 * Derived data only compares revisions for equality, so a fresh random stamp does (one write,
 * no read, in the hot path of imports).
 */
export async function bumpRevision(db: ArchiveDatabase): Promise<number> {
  const next = Math.floor(Math.random() * Number.MAX_SAFE_INTEGER) + 1;
  await db.meta.put({ key, value: next });
  return next;
}

/** The current archive revision (0 for a fresh archive). */
export async function readRevision(db: ArchiveDatabase): Promise<number> {
  return (await db.meta.get(key))?.value ?? 0;
}
