import type { ObservabilitySet } from 'dexie';
import type { ArchiveDatabase } from '../../db/database';
import type { ArticleStorer } from '../../import/store-off';
import { bigFileWorker } from './read-file-link';

/**
 * Tells this page's Dexie what a write in a worker changed, as Dexie tells its other copies in
 * one window (the event its own instances listen for): live queries and the library's change
 * counter re-read at once, and Dexie's query cache drops what is stale. Dexie relays the same
 * parts from the worker over a BroadcastChannel too, but that may arrive after the import has
 * already said the article is in; hearing it twice costs one more re-read.
 */
function tellThisPage(changed: readonly ObservabilitySet[]): void {
  for (const detail of changed) dispatchEvent(new CustomEvent('x-storagemutated-1', { detail }));
}

/**
 * Writes an import's big articles into `db` from the big-file worker (ImportOptions
 * storeArticleOff). The fingerprints' arrays are handed over, not copied (storeThrough derives
 * them again if the worker fails). A text the worker read and holds is not in the message (the
 * record's `text` is empty); any other record's text is cloned in it, which costs the page a
 * copy, not IndexedDB's serialisation and blob wrapping of it.
 */
export function articleStorerInWorker(db: ArchiveDatabase): ArticleStorer {
  return async (store) => {
    const fp = store.fingerprints?.fingerprints;
    const buffers = fp
      ? new Set(
          [fp.hashes, fp.starts, fp.ends, fp.flags, fp.marks, fp.markPositions].map(
            (a) => a.buffer as ArrayBuffer,
          ),
        )
      : [];
    const reply = await bigFileWorker().request(
      { kind: 'store-article', database: db.name, store },
      { transfer: [...buffers] },
    );
    if (reply.kind !== 'article-stored') throw new Error(`unexpected reply ${reply.kind}`);
    tellThisPage(reply.changed);
    return reply.stored;
  };
}
