import type { ArchiveDatabase } from './database';
import type { ArticleFilters } from './query-types';
import { indexedDocOf, SearchEngine, type IndexedDoc, type RankedMatch } from './search-engine';
import type { SearchRequest, SearchResponse } from './search-protocol';
import { readRevision } from './revision';

/**
 * Where the search index lives: in a Web Worker on a browser page, so loading and saving it never
 * block the UI; in-process where there are no workers (Node tests, the worker itself).
 */
interface SearchBackend {
  open(): Promise<void>;
  rebuild(): Promise<void>;
  persist(): Promise<void>;
  apply(
    upserts: readonly IndexedDoc[],
    removals: readonly string[],
    revision: number,
    persist: boolean,
  ): Promise<void>;
  query(text: string, filters: ArticleFilters, limit: number): Promise<readonly RankedMatch[]>;
}

function inProcess(db: ArchiveDatabase): SearchBackend {
  let engine = SearchEngine.open(db);
  engine.catch(() => undefined);
  return {
    open: async () => void (await engine),
    async rebuild() {
      engine = SearchEngine.open(db, true);
      await engine;
    },
    persist: async () => (await engine).persist(db),
    async apply(upserts, removals, revision, persist) {
      const ready = await engine;
      ready.apply(upserts, removals, revision);
      if (persist) await ready.persist(db);
    },
    query: async (text, filters, limit) => (await engine).query(text, filters, limit),
  };
}

type RequestBody = SearchRequest extends infer R
  ? R extends SearchRequest
    ? Omit<R, 'id' | 'db'>
    : never
  : never;

function inWorker(db: ArchiveDatabase): SearchBackend {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, (response: SearchResponse) => void>();
  let next = 0;
  worker.onmessage = (event: MessageEvent<SearchResponse>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  };
  db.on('close', () => worker.terminate());
  // A page that cannot start the worker (a stricter CSP, an old engine) still gets search.
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    backends.set(db, inProcess(db));
    for (const [, answer] of waiting)
      answer({ id: 0, kind: 'failed', message: 'The search worker stopped; search again.' });
    waiting.clear();
  };
  const send = (body: RequestBody): Promise<readonly RankedMatch[]> =>
    new Promise((resolve, reject) => {
      const id = ++next;
      waiting.set(id, (response) =>
        response.kind === 'ok'
          ? resolve(response.matches ?? [])
          : reject(new Error(response.message)),
      );
      worker.postMessage({ ...body, id, db: db.name } as SearchRequest);
    });
  return {
    open: async () => void (await send({ op: 'open' })),
    rebuild: async () => void (await send({ op: 'rebuild' })),
    persist: async () => void (await send({ op: 'persist' })),
    apply: async (upserts, removals, revision, persist) =>
      void (await send({ op: 'apply', upserts, removals, revision, persist })),
    query: (text, filters, limit) => send({ op: 'query', text, filters, limit }),
  };
}

const backends = new WeakMap<ArchiveDatabase, SearchBackend>();

function backendFor(db: ArchiveDatabase): SearchBackend {
  let backend = backends.get(db);
  if (!backend) {
    const onPage = typeof Worker !== 'undefined' && typeof document !== 'undefined';
    backend = onPage ? inWorker(db) : inProcess(db);
    backends.set(db, backend);
  }
  return backend;
}

/** Loads (or rebuilds) the index now, so the first search does not wait for it. */
export function ensureSearchIndex(db: ArchiveDatabase): Promise<void> {
  return backendFor(db).open();
}

/** Ranked matches for a query. */
export function querySearchIndex(
  db: ArchiveDatabase,
  text: string,
  filters: ArticleFilters,
  limit: number,
): Promise<readonly RankedMatch[]> {
  return backendFor(db).query(text, filters, limit);
}

/** Writes the index now (imports call this once at the end of a batch). */
export function persistSearchIndex(db: ArchiveDatabase): Promise<void> {
  return backendFor(db).persist();
}

/** Applies committed article changes to the index at the archive's (given or current) revision. */
export async function afterArticlesChanged(
  db: ArchiveDatabase,
  upserted: readonly IndexedDoc[],
  removed: readonly string[],
  options: { readonly persist?: boolean; readonly revision?: number } = { persist: true },
): Promise<void> {
  const revision = options.revision ?? (await readRevision(db));
  await backendFor(db).apply(
    upserted.map(indexedDocOf),
    removed,
    revision,
    options.persist ?? false,
  );
}

/** Throws the index away and builds it again from the articles. */
export function rebuildSearchIndex(db: ArchiveDatabase): Promise<void> {
  return backendFor(db).rebuild();
}
