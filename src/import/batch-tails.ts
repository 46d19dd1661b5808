import type { ArchiveDatabase } from '../db/database';

/**
 * Batches whose articles are stored (their caller has the results) while what follows still
 * runs: the near-copy checks, the search index applying the batch, its save. A batch that starts
 * meanwhile waits for them before it stamps its revision, so the index is never saved at the new
 * batch's revision holding only part of it, and no check of the earlier batch sees the new
 * batch's articles as archived before its own.
 */
const tails = new WeakMap<ArchiveDatabase, Set<Promise<void>>>();

/** Marks the start of a batch's tail on `db`; returns the function that ends it. */
export function tailBegins(db: ArchiveDatabase): () => void {
  let set = tails.get(db);
  if (!set) tails.set(db, (set = new Set()));
  let end: () => void = () => undefined;
  const tail = new Promise<void>((resolve) => (end = resolve));
  set.add(tail);
  return () => {
    set.delete(tail);
    end();
  };
}

/** Resolves once every batch tail on `db` begun before this call has ended (at once if none). */
export async function afterEarlierTails(db: ArchiveDatabase): Promise<void> {
  await Promise.all([...(tails.get(db) ?? [])]);
}
