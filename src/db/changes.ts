import type { ArchiveDatabase } from './database';
import type { ArticleRecord } from './records';
import { readRevision } from './revision';

/**
 * What a committed write did to the archive, for whoever keeps data derived from it (the search
 * index). The database announces; it does not know who listens, so it depends on nothing of ours
 * but the core, and the app wires the listeners (see src/ui/data/search-link.ts).
 */
export type ArchiveChange =
  | {
      readonly kind: 'articles-changed';
      readonly upserted: readonly ArticleRecord[];
      /**
       * Articles written whose record this thread does not hold (a big article the big-file
       * worker read and wrote, its text never on the page): listeners read them from the archive.
       */
      readonly readBack?: readonly string[];
      readonly removed: readonly string[];
      /** The archive revision these changes bring derived data to. */
      readonly revision: number;
      /** Save derived data soon (single edits); a batch saves once, at `batch-ended`. */
      readonly persist: boolean;
    }
  /** A batch is about to stamp a new revision: load derived data at the current one first. */
  | { readonly kind: 'batch-starting' }
  /** A batch of unsaved changes is complete: save derived data now. */
  | { readonly kind: 'batch-ended' }
  /** Derived data may have missed changes (a restore, a failed batch): rebuild it from the articles. */
  | { readonly kind: 'rebuild-needed' };

/** Reacts to a change; the write that announced it waits for the returned promise. */
export type ArchiveListener = (change: ArchiveChange) => Promise<void>;

const listeners = new WeakMap<ArchiveDatabase, Set<ArchiveListener>>();

/** Calls `listener` after every committed write to `db`; returns the function that stops it. */
export function onArchiveChange(db: ArchiveDatabase, listener: ArchiveListener): () => void {
  let set = listeners.get(db);
  if (!set) listeners.set(db, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

/** Tells every listener of `db` about a change; rejects if one of them fails. */
export async function announceChange(db: ArchiveDatabase, change: ArchiveChange): Promise<void> {
  await Promise.all([...(listeners.get(db) ?? [])].map((listener) => listener(change)));
}

/** Announces committed article changes at the archive's (given or current) revision. */
export async function afterArticlesChanged(
  db: ArchiveDatabase,
  upserted: readonly ArticleRecord[],
  removed: readonly string[],
  options: {
    readonly persist?: boolean;
    readonly revision?: number;
    readonly readBack?: readonly string[];
  } = { persist: true },
): Promise<void> {
  if (!listeners.get(db)?.size) return;
  const revision = options.revision ?? (await readRevision(db));
  await announceChange(db, {
    kind: 'articles-changed',
    upserted,
    removed,
    revision,
    persist: options.persist ?? false,
    ...(options.readBack?.length ? { readBack: options.readBack } : {}),
  });
}
