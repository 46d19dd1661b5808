import type { ArchiveDatabase } from './database';
import type { ArticleRecord, SearchManifestRecord, SearchSegmentRecord } from './records';
import { readRevision } from './revision';
import { countArticles } from './tags';

/** The manifest without its row key. */
export type StoredSearchManifest = Omit<SearchManifestRecord, 'id'>;

/** One save of the index: the manifest, changed segment rows, rows no longer used. */
export interface SearchIndexSave {
  readonly manifest: StoredSearchManifest;
  readonly put: readonly SearchSegmentRecord[];
  readonly drop: readonly number[];
  readonly replace: boolean;
}

/**
 * What the search engine needs of the archive, read from and written to Dexie: the current
 * revision, the saved manifest and segments, and every article to rebuild it. The search engine
 * sees only this shape (its SearchStore), so it never imports the database.
 */
export interface ArchiveSearchStore {
  readonly revision: () => Promise<number>;
  readonly loadManifest: () => Promise<StoredSearchManifest | undefined>;
  readonly loadSegment: (id: number) => Promise<SearchSegmentRecord | undefined>;
  readonly save: (save: SearchIndexSave) => Promise<boolean>;
  readonly count: () => Promise<number>;
  readonly eachArticle: (visit: (article: ArticleRecord) => void) => Promise<void>;
}

/** The archive as the search engine's store. */
export function archiveSearchStore(db: ArchiveDatabase): ArchiveSearchStore {
  return {
    revision: () => readRevision(db),
    loadManifest: () => db.searchManifest.get('main'),
    // One row per segment: typed arrays clone in one piece, and an import rewrites only its own.
    loadSegment: (id) => db.searchSegments.get(id),
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
  };
}
