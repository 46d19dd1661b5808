import { SearchEngine, searchDocumentOf, type SearchStore } from './search-engine';
import { PhraseCheck, runPhraseCheck } from './phrase-search';
import type { SearchProgress, SearchRequest, SearchResponse } from './search-protocol';
import type { Posted } from '../worker-client/worker-messages';
import { IndexProgressHub, type IndexWork } from './index-progress';

interface Entry {
  readonly store: SearchStore;
  readonly engine: Promise<SearchEngine>;
  /**
   * The revision the index is pinned to: told as soon as the saved index is known to match the
   * archive (its segments may still be loading), or once a rebuild ends.
   */
  readonly pinned: Promise<number>;
  /** The engine once loaded (set before anyone awaiting `engine` resumes). */
  loaded?: SearchEngine;
}

type ProgressListener = (progress: SearchProgress) => void;

/** Answers search requests one after another, holding each named archive's index. */
export interface SearchServer {
  /**
   * Handles `request` after every request handed in before it. A query with a phrase answers
   * once its candidates are checked, a step at a time, each step queued behind the requests
   * handed in meanwhile (so they wait for one step, not the whole check); `onProgress` hears how
   * far the check has got while it takes long, and, while the query waits for its index to load,
   * convert or rebuild, how far that has got.
   */
  handle(request: Posted<SearchRequest>, onProgress?: ProgressListener): Promise<SearchResponse>;
  /** Stops request `id` (a phrase check) before its next step: it then fails. */
  cancel(id: number): void;
}

// A save writes the manifest and the new segments; single edits still save once things are
// quiet, so a run of edits saves once; a page closed before that means a rebuild, never a wrong index.
const saveDelayMs = 2000;

// An opened index makes its term dictionary once no request has come for this long: off the
// path of an import's changes at the page's opening, and (most often) before the first query.
const prepareAfterMs = 1000;

/**
 * The search index's request loop over the stores `storeFor` names (the worker's entry supplies
 * them): loading, rebuilding and persisting take seconds at 100,000 articles. An `open` answers
 * once the index is pinned to the archive's revision — the saved index found to match it — not
 * once every segment is read (2–5 s at 100,000): a write session waits only for that, and its
 * changes, queued behind the load, apply when it ends. Requests run in order, so an apply lands
 * before the query that follows it.
 */
export function createSearchServer(storeFor: (name: string) => SearchStore): SearchServer {
  const engines = new Map<string, Entry>();
  const saveTimers = new Map<string, ReturnType<typeof setTimeout>>();
  let queue: Promise<unknown> = Promise.resolve();
  const running = new Map<number, AbortController>();
  // Per archive, news of its index being made ready, for the queries waiting for it.
  const readying = new Map<string, IndexProgressHub>();
  const hubFor = (name: string): IndexProgressHub => {
    let hub = readying.get(name);
    if (!hub) readying.set(name, (hub = new IndexProgressHub()));
    return hub;
  };
  let prepareTimer: ReturnType<typeof setTimeout> | undefined;
  // Requests taken so far: an idle turn that sees a new one since it began leaves its work.
  let taken = 0;

  function prepareWhenIdle(): void {
    clearTimeout(prepareTimer);
    prepareTimer = setTimeout(() => {
      const seen = taken;
      // The loads are awaited outside the queue: queued, they held back every request behind
      // them, and a write session's `open` (which answers once the index is pinned) waited for
      // the whole load — 2.1–2.2 s of the first import's start at 100,000 articles.
      const loading = [...engines.values()].map((entry) => entry.engine.catch(() => undefined));
      void Promise.all(loading).then(() => {
        if (taken !== seen) return;
        void enqueue(async () => {
          for (const entry of engines.values()) entry.loaded?.prepareQueries();
        });
      });
    }, prepareAfterMs);
  }

  function enqueue<T>(work: () => Promise<T>): Promise<T> {
    const answer = queue.then(work);
    queue = answer.catch(() => undefined);
    return answer;
  }

  function engineFor(name: string, rebuild = false, reload = false): Entry {
    const known = engines.get(name);
    if (known && !rebuild && !reload) return known;
    const store = known?.store ?? storeFor(name);
    // A reload keeps the segments another tab left as they were: only its new ones are read.
    const previous = reload && known ? known.engine.catch(() => undefined) : undefined;
    let matched: (revision: number) => void = () => undefined;
    const early = new Promise<number>((resolve) => (matched = resolve));
    const hub = hubFor(name);
    // The work begins when the engine starts: a reload waits for the load before it, whose
    // steps are still the news until then.
    let work: IndexWork | undefined;
    const engine = Promise.resolve(previous).then((before) => {
      work = hub.begin();
      return SearchEngine.open(store, {
        rebuild,
        previous: before,
        onMatched: matched,
        onProgress: work.tell,
      });
    });
    const ended = (): void => work?.ended();
    engine.then(ended, ended);
    const entry: Entry = {
      store,
      engine,
      pinned: Promise.race([early, engine.then((e) => e.atRevision)]),
    };
    engine.then(
      (e) => (entry.loaded = e),
      () => engines.get(name) === entry && engines.delete(name),
    );
    entry.pinned.catch(() => undefined);
    engines.set(name, entry);
    return entry;
  }

  function persistSoon(name: string, store: SearchStore, engine: SearchEngine): void {
    clearTimeout(saveTimers.get(name));
    saveTimers.set(
      name,
      setTimeout(() => {
        void enqueue(() => engine.persist(store));
      }, saveDelayMs),
    );
  }

  async function open(name: string): Promise<void> {
    const entry = engineFor(name);
    const at = entry.loaded?.atRevision ?? (await entry.pinned);
    if (at === (await entry.store.revision())) return;
    // Another tab wrote since this index was loaded: load what it saved (or rebuild).
    clearTimeout(saveTimers.get(name));
    await engineFor(name, false, true).pinned;
  }

  async function handleNow(request: Posted<SearchRequest>): Promise<SearchResponse | PhraseCheck> {
    const ok = { id: request.id, kind: 'ok' } as const;
    if (request.kind === 'open') return open(request.db).then(() => ok);
    if (request.kind === 'rebuild') clearTimeout(saveTimers.get(request.db));
    const { store, engine } = engineFor(request.db, request.kind === 'rebuild');
    const ready = await engine;
    if (request.kind === 'apply') {
      const read = request.readBack ? await store.documents(request.readBack) : [];
      ready.apply(
        [...request.upserts, ...read.map(searchDocumentOf)],
        request.removals,
        request.revision,
      );
      if (request.persist) persistSoon(request.db, store, ready);
    } else if (request.kind === 'persist') {
      clearTimeout(saveTimers.get(request.db));
      await ready.persist(store);
    } else if (request.kind === 'query') {
      const plan = ready.phrasePlan(request.text, request.filters);
      if (plan) return new PhraseCheck(plan, request.limit, (ids) => store.documents(ids));
      return { ...ok, matches: ready.query(request.text, request.filters, request.limit) };
    }
    return ok;
  }

  return {
    async handle(request, onProgress) {
      const { id } = request;
      taken++;
      // Known from the start: a cancel may come while the request waits its turn.
      const stop = new AbortController();
      running.set(id, stop);
      // A query waiting its turn behind an index being loaded, converted or rebuilt hears how far
      // that has got: at 100,000 articles an upgrade's conversion takes half a minute.
      const unheard =
        request.kind === 'query' && onProgress
          ? hubFor(request.db).listen((p) =>
              onProgress({ id, kind: 'progress', stage: 'index', ...p }),
            )
          : undefined;
      try {
        const answer = await enqueue(() => handleNow(request)).finally(unheard);
        if (!(answer instanceof PhraseCheck)) return answer;
        const matches = await runPhraseCheck(answer, {
          signal: stop.signal,
          onProgress: (p) => onProgress?.({ id, kind: 'progress', stage: 'phrase', ...p }),
          turn: enqueue,
        });
        return { id, kind: 'ok', matches };
      } finally {
        running.delete(id);
        prepareWhenIdle();
      }
    },
    cancel: (id) => running.get(id)?.abort(new Error('The search was replaced.')),
  };
}
