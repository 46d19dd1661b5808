import type { ArchiveDatabase } from '../../db/database';
import { onArchiveChange, type ArchiveChange } from '../../db/changes';
import { archiveSearchStore } from '../../db/search-store';
import { onOtherTabWrites } from '../../db/write-session';
import {
  searchIndexInWorker,
  searchIndexOnceLoaded,
  type SearchIndex,
} from '../../search/search-index';

const linked = new WeakMap<ArchiveDatabase, SearchIndex>();

function applyChange(index: SearchIndex, change: ArchiveChange): Promise<void> {
  if (change.kind === 'batch-starting') return index.open();
  if (change.kind === 'batch-ended') return index.persist();
  if (change.kind === 'rebuild-needed') return index.rebuild();
  return index.apply(
    change.upserted,
    change.removed,
    change.revision,
    change.persist,
    change.readBack,
  );
}

function startIndex(db: ArchiveDatabase): SearchIndex {
  // Loaded when first needed (no workers, or the worker stopped): the engine is not in the
  // page's first part, which wires the archive's writes here before the library's first rows.
  const inProcess = (): SearchIndex =>
    searchIndexOnceLoaded(async () => {
      const { searchIndexInProcess } = await import('../../search/search-in-process');
      return searchIndexInProcess(archiveSearchStore(db));
    });
  const onPage = typeof Worker !== 'undefined' && typeof document !== 'undefined';
  if (!onPage) return inProcess();
  const index = searchIndexInWorker(
    db.name,
    () =>
      new Worker(new URL('./search-worker-entry.ts', import.meta.url), {
        type: 'module',
        name: 'search',
      }),
    inProcess,
  );
  db.on('close', () => index.close());
  return index;
}

/**
 * The search index of `db`, wired to its writes: this is where the database and search meet
 * (neither imports the other). Every committed write reaches the index before the write's
 * promise resolves, as before the split; the index is started on first use.
 */
export function searchIndexFor(db: ArchiveDatabase): SearchIndex {
  let index = linked.get(db);
  if (!index) {
    const started = startIndex(db);
    // Another tab wrote: this tab's index catches up (loads what that tab saved, or rebuilds)
    // before its next search, not at once, so a tab left in the background does no work.
    let behind = false;
    onOtherTabWrites(db, () => (behind = true));
    onArchiveChange(db, (change) => {
      // A write session of this tab starts by catching up, which settles any earlier news.
      if (change.kind === 'batch-starting') behind = false;
      return applyChange(started, change);
    });
    linked.set(
      db,
      (index = {
        ...started,
        async query(text, filters, limit, asking) {
          if (behind) {
            behind = false;
            await started.open();
          }
          return started.query(text, filters, limit, asking);
        },
      }),
    );
  }
  return index;
}
