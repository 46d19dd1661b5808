import type { ArchiveDatabase } from './database';

const key = 'revision';
/**
 * The stamp of what echoes, clusters and reuse shares are made of: the articles there, their
 * texts, titles, sources and dates. A tag, a note or a byline leaves it alone, so a note typed in
 * the reader (saved as it is typed) does not make every stored scan out of date.
 */
const echoKey = 'echo-revision';

/** What a write changed: `echoes: false` when nothing echoes are made of changed (tags, notes). */
export interface RevisionChange {
  readonly echoes?: boolean;
}

/**
 * Stamps the archive with a new revision; call inside every transaction that writes articles.
 * Derived data only compares revisions for equality, so a fresh random stamp does (one write,
 * no read, in the hot path of imports).
 */
export async function bumpRevision(
  db: ArchiveDatabase,
  change: RevisionChange = {},
): Promise<number> {
  const next = Math.floor(Math.random() * Number.MAX_SAFE_INTEGER) + 1;
  if (change.echoes !== false) {
    await db.meta.bulkPut([
      { key, value: next },
      { key: echoKey, value: next },
    ]);
    return next;
  }
  // An archive from before the echo stamp keeps its scans: its echo stamp is the old revision.
  if ((await db.meta.get(echoKey)) === undefined)
    await db.meta.put({ key: echoKey, value: await readRevision(db) });
  await db.meta.put({ key, value: next });
  return next;
}

/** The current archive revision (0 for a fresh archive): any write to an article changes it. */
export async function readRevision(db: ArchiveDatabase): Promise<number> {
  return (await db.meta.get(key))?.value ?? 0;
}

/** The revision echoes are made of (see echoKey); stored scans and caches are current with it. */
export async function readEchoRevision(db: ArchiveDatabase): Promise<number> {
  const [echoes, any] = await db.meta.bulkGet([echoKey, key]);
  return echoes?.value ?? any?.value ?? 0;
}
