import type { SearchDocument, SearchSave, SearchStore } from '../../src/search/search-engine';
import type { SavedSegment, SearchManifest } from '../../src/search/stored-segment';

/** A search store in memory that records each save, for tests and the Node bench. */
export interface MemorySearchStore extends SearchStore {
  readonly docs: Map<string, SearchDocument>;
  readonly rows: Map<number, SavedSegment>;
  readonly saves: SearchSave[];
  manifest: SearchManifest | undefined;
  revisionNow: number;
}

/** A store over `docs` at revision 1 (bump `revisionNow` to mimic another writer). */
export function memorySearchStore(docs: readonly SearchDocument[]): MemorySearchStore {
  const store: MemorySearchStore = {
    docs: new Map(docs.map((d) => [d.id, d])),
    rows: new Map(),
    saves: [],
    manifest: undefined,
    revisionNow: 1,
    revision: async () => store.revisionNow,
    loadManifest: async () => store.manifest,
    loadSegment: async (id) => store.rows.get(id),
    async save(save) {
      if (save.manifest.revision !== store.revisionNow) return false;
      store.saves.push(save);
      if (save.replace) store.rows.clear();
      for (const id of save.drop) store.rows.delete(id);
      for (const row of save.put) store.rows.set(row.id, row);
      store.manifest = save.manifest;
      return true;
    },
    count: async () => store.docs.size,
    eachArticle: async (visit) => store.docs.forEach((doc) => visit(doc)),
    documents: async (ids) => ids.flatMap((id) => store.docs.get(id) ?? []),
  };
  return store;
}
