import type { ArchiveDatabase } from './database';

const key = 'revision';

/** Bumps the archive revision; call inside every transaction that writes articles. */
export async function bumpRevision(db: ArchiveDatabase): Promise<number> {
  const next = ((await db.meta.get(key))?.value ?? 0) + 1;
  await db.meta.put({ key, value: next });
  return next;
}

/** The current archive revision (0 for a fresh archive). */
export async function readRevision(db: ArchiveDatabase): Promise<number> {
  return (await db.meta.get(key))?.value ?? 0;
}
