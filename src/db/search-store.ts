import type { ArchiveDatabase } from './database';
import type { ArticleRecord } from './records';
import { readRevision } from './revision';

/** The persisted full-text index: one JSON string, valid only at `revision`. */
export interface StoredSearchIndex {
  readonly revision: number;
  readonly index: string;
}

/**
 * What the search engine needs of the archive, read from and written to Dexie: the current
 * revision, the saved index, and every article to rebuild it. The search engine sees only this
 * shape (its SearchStore), so it never imports the database.
 */
export interface ArchiveSearchStore {
  readonly revision: () => Promise<number>;
  readonly load: () => Promise<StoredSearchIndex | undefined>;
  readonly save: (stored: StoredSearchIndex) => Promise<void>;
  readonly count: () => Promise<number>;
  readonly eachArticle: (visit: (article: ArticleRecord) => void) => Promise<void>;
}

/** The archive as the search engine's store. */
export function archiveSearchStore(db: ArchiveDatabase): ArchiveSearchStore {
  return {
    revision: () => readRevision(db),
    load: () => db.searchIndex.get('main'),
    // One JSON string: IndexedDB copies a string in one piece but clones an object graph of
    // millions of postings node by node (measured: 9 s to read back at 10,000 articles).
    // Only while the archive is at the index's revision, checked in the write's transaction: an
    // index that missed another tab's writes is never saved over a good one.
    save: ({ revision, index }) =>
      db.transaction('rw', [db.meta, db.searchIndex], async () => {
        if ((await readRevision(db)) === revision)
          await db.searchIndex.put({ id: 'main', revision, index });
      }),
    count: () => db.articles.count(),
    eachArticle: async (visit) => void (await db.articles.each(visit)),
  };
}
