import { SearchEngine, type SearchStore } from './search-engine';
import { failedReply, type Posted } from '../worker-client/worker-messages';
import type { SearchRequest, SearchResponse } from './search-protocol';

// Holds the search index off the main thread: loading, rebuilding and persisting it take
// hundreds of milliseconds to seconds at 10,000 articles, which would freeze the page.
const engines = new Map<string, { store: SearchStore; engine: Promise<SearchEngine> }>();
let queue: Promise<unknown> = Promise.resolve();
// Search does not know the database: the worker's entry says how to reach a store by name.
let storeFor: (name: string) => SearchStore = () => {
  throw new Error('The search worker was started without an archive.');
};

function engineFor(
  name: string,
  rebuild = false,
  reload = false,
): { store: SearchStore; engine: Promise<SearchEngine> } {
  const known = engines.get(name);
  if (known && !rebuild && !reload) return known;
  const store = known?.store ?? storeFor(name);
  // A reload keeps the segments another tab left as they were: only its new ones are read.
  const previous = reload && known ? known.engine.catch(() => undefined) : undefined;
  const engine = Promise.resolve(previous).then((before) =>
    SearchEngine.open(store, { rebuild, previous: before }),
  );
  const entry = { store, engine };
  engines.set(name, entry);
  entry.engine.catch(() => engines.delete(name));
  return entry;
}

// A save writes the manifest and the new segments; single edits still save once things are
// quiet, so a run of edits saves once; a page closed before that means a rebuild, never a wrong index.
const saveTimers = new Map<string, ReturnType<typeof setTimeout>>();
const saveDelayMs = 2000;

function persistSoon(name: string, store: SearchStore, engine: SearchEngine): void {
  clearTimeout(saveTimers.get(name));
  saveTimers.set(
    name,
    setTimeout(() => {
      queue = queue.then(() => engine.persist(store)).catch(() => undefined);
    }, saveDelayMs),
  );
}

async function handle(request: Posted<SearchRequest>): Promise<SearchResponse> {
  if (request.kind === 'rebuild') clearTimeout(saveTimers.get(request.db));
  const { store, engine } = engineFor(request.db, request.kind === 'rebuild');
  const ready = await engine;
  if (request.kind === 'open' && ready.atRevision !== (await store.revision())) {
    // Another tab wrote since this index was loaded: load what it saved (or rebuild).
    clearTimeout(saveTimers.get(request.db));
    await engineFor(request.db, false, true).engine;
  } else if (request.kind === 'apply') {
    ready.apply(request.upserts, request.removals, request.revision);
    if (request.persist) persistSoon(request.db, store, ready);
  } else if (request.kind === 'persist') {
    clearTimeout(saveTimers.get(request.db));
    await ready.persist(store);
  } else if (request.kind === 'query') {
    return {
      id: request.id,
      kind: 'ok',
      matches: ready.query(request.text, request.filters, request.limit),
    };
  }
  return { id: request.id, kind: 'ok' };
}

function onRequest(event: MessageEvent<Posted<SearchRequest>>): void {
  const request = event.data;
  // In order: an apply must land before the query that follows it.
  queue = queue.then(() =>
    handle(request).then(
      (response) => self.postMessage(response),
      (error: unknown) => self.postMessage(failedReply(request.id, error)),
    ),
  );
}

/** Serves search requests in this worker, reaching each named archive through `stores`. */
export function serveSearch(stores: (name: string) => SearchStore): void {
  storeFor = stores;
  self.onmessage = onRequest;
}
