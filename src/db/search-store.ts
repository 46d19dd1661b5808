import type { ArchiveDatabase } from './database';
import type { SearchStore } from '../core/search-store';
import { afterImportWrites } from './import-writing';
import { readRevision } from './revision';
import { countArticles } from './tags';

/**
 * The archive as the search engine's store (core's SearchStore): the current revision, the saved
 * manifest and segments, and every article to rebuild it, read from and written to Dexie, so the
 * engine never imports the database.
 */
export function archiveSearchStore(db: ArchiveDatabase): SearchStore {
  return {
    revision: () => readRevision(db),
    loadManifest: () => db.searchManifest.get('main'),
    // One row per segment: typed arrays clone in one piece, and an import rewrites only its own.
    // Each waits while an import writes (import-writing.ts): the load goes on once it has stored.
    loadSegment: async (id) => {
      await afterImportWrites(db.name);
      return db.searchSegments.get(id);
    },
    // Only while the archive is at the index's revision, checked in the write's transaction: an
    // index that missed another tab's writes is never saved over a good one. The manifest and
    // the rows it names are written together, so a reader never sees one without the other.
    save: ({ manifest, put, drop, replace }) =>
      db.transaction('rw', [db.meta, db.searchSegments, db.searchManifest], async () => {
        if ((await readRevision(db)) !== manifest.revision) return false;
        if (replace) await db.searchSegments.clear();
        else await db.searchSegments.bulkDelete([...drop]);
        await db.searchSegments.bulkPut([...put]);
        await db.searchManifest.put({ id: 'main', ...manifest });
        return true;
      }),
    // The kept count (facets): IndexedDB's count() walks every key, seconds at 100,000.
    count: () => countArticles(db),
    eachArticle: async (visit) => void (await db.articles.each(visit)),
    documents: async (ids) => (await db.articles.bulkGet([...ids])).filter((a) => a !== undefined),
  };
}
