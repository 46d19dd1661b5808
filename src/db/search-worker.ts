import { ArchiveDatabase } from './database';
import { SearchEngine } from './search-engine';
import type { SearchRequest, SearchResponse } from './search-protocol';

// Holds the search index off the main thread: loading, rebuilding and persisting it take
// hundreds of milliseconds to seconds at 10,000 articles, which would freeze the page.
const engines = new Map<string, { db: ArchiveDatabase; engine: Promise<SearchEngine> }>();
let queue: Promise<unknown> = Promise.resolve();

function engineFor(
  name: string,
  rebuild = false,
): { db: ArchiveDatabase; engine: Promise<SearchEngine> } {
  const known = engines.get(name);
  if (known && !rebuild) return known;
  const db = known?.db ?? new ArchiveDatabase(name);
  const entry = { db, engine: SearchEngine.open(db, rebuild) };
  engines.set(name, entry);
  entry.engine.catch(() => engines.delete(name));
  return entry;
}

// Saving the whole index takes ~1 s at 10,000 articles and queries wait behind it, so single
// edits save once things are quiet; a closed page before that means a rebuild, never a wrong index.
const saveTimers = new Map<string, ReturnType<typeof setTimeout>>();
const saveDelayMs = 2000;

function persistSoon(name: string, db: ArchiveDatabase, engine: SearchEngine): void {
  clearTimeout(saveTimers.get(name));
  saveTimers.set(
    name,
    setTimeout(() => {
      queue = queue.then(() => engine.persist(db)).catch(() => undefined);
    }, saveDelayMs),
  );
}

async function handle(request: SearchRequest): Promise<SearchResponse> {
  if (request.op === 'rebuild') clearTimeout(saveTimers.get(request.db));
  const { db, engine } = engineFor(request.db, request.op === 'rebuild');
  const ready = await engine;
  if (request.op === 'apply') {
    ready.apply(request.upserts, request.removals, request.revision);
    if (request.persist) persistSoon(request.db, db, ready);
  } else if (request.op === 'persist') {
    clearTimeout(saveTimers.get(request.db));
    await ready.persist(db);
  } else if (request.op === 'query') {
    return {
      id: request.id,
      kind: 'ok',
      matches: ready.query(request.text, request.filters, request.limit),
    };
  }
  return { id: request.id, kind: 'ok' };
}

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  // In order: an apply must land before the query that follows it.
  queue = queue.then(() =>
    handle(request).then(
      (response) => self.postMessage(response),
      (error: unknown) =>
        self.postMessage({
          id: request.id,
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        } satisfies SearchResponse),
    ),
  );
};
