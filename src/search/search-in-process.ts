import {
  SearchEngine,
  searchDocumentOf,
  type OpenOptions,
  type SearchStore,
} from './search-engine';
import { PhraseCheck, runPhraseCheck } from './phrase-search';
import { IndexProgressHub } from './index-progress';
import type { SearchIndex } from './search-index';

// Apart from search-index.ts (the interface and the worker's client), so the page's first part,
// which wires the archive's writes to the index, does not carry the engine (minisearch's map,
// segments, phrase checks): on a page the index runs in a worker, and this is only its fallback.

/** The index in this thread, over `store`. */
export function searchIndexInProcess(store: SearchStore): SearchIndex {
  const hub = new IndexProgressHub();
  const opening = (options: OpenOptions = {}): Promise<SearchEngine> => {
    const work = hub.begin();
    const opened = SearchEngine.open(store, { ...options, onProgress: work.tell });
    opened.then(work.ended, work.ended);
    return opened;
  };
  let engine = opening();
  return {
    async open() {
      const ready = await engine;
      if (ready.atRevision !== (await store.revision())) {
        engine = opening({ previous: ready });
        await engine;
      }
    },
    async rebuild() {
      engine = opening({ rebuild: true });
      await engine;
    },
    persist: async () => (await engine).persist(store),
    async apply(upserts, removals, revision, persist, readBack = []) {
      const ready = await engine;
      const read = readBack.length > 0 ? await store.documents(readBack) : [];
      ready.apply([...upserts, ...read].map(searchDocumentOf), removals, revision);
      if (persist) await ready.persist(store);
    },
    async query(text, filters, limit, { signal, onProgress } = {}) {
      const unheard = onProgress && hub.listen((p) => onProgress({ stage: 'index', ...p }));
      const ready = await engine.finally(unheard);
      const plan = ready.phrasePlan(text, filters);
      if (!plan) return ready.query(text, filters, limit);
      return runPhraseCheck(new PhraseCheck(plan, limit, store.documents), {
        signal,
        onProgress: onProgress && ((p) => onProgress({ stage: 'phrase', ...p })),
      });
    },
  };
}
