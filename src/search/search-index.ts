import type { ArticleFilters } from '../core/filters/article-filters';
import type { RankedMatch, SearchDocument } from './search-engine';
import { searchDocumentOf } from './search-document';
import { workerClient, type WorkerPort } from '../worker-client/worker-client';
import type { SearchRequest, SearchResponse } from './search-protocol';
import type { SearchWait } from './index-progress';

/**
 * How a query is asked: cancelled by `signal`; told how far a long phrase check has got, or the
 * load, conversion or rebuild of the index it waits for.
 */
export interface QueryAsking {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: SearchWait) => void;
}

/**
 * The archive's search index as the app uses it. It lives in a Web Worker on a browser page, so
 * loading and saving it never block the UI; in-process where there are no workers (Node tests).
 */
export interface SearchIndex {
  /**
   * Loads the saved index (or rebuilds a stale one) now, so later requests do not wait; once
   * open, catches up with the archive if another tab has written to it since (reloads).
   */
  open(): Promise<void>;
  rebuild(): Promise<void>;
  persist(): Promise<void>;
  /**
   * Indexes `upserts` and drops `removals` at `revision`; `readBack` are articles written whose
   * text the caller does not hold (see SearchStore.documents): the index reads them itself.
   */
  apply(
    upserts: readonly SearchDocument[],
    removals: readonly string[],
    revision: number,
    persist: boolean,
    readBack?: readonly string[],
  ): Promise<void>;
  /**
   * The best `limit` matches. A quoted phrase's words must be side by side: its candidates are
   * read and checked (phrase-search.ts), which may take seconds, hence `asking`.
   */
  query(
    text: string,
    filters: ArticleFilters,
    limit: number,
    asking?: QueryAsking,
  ): Promise<readonly RankedMatch[]>;
}

/**
 * The index in a worker (`startWorker` starts the entry that serves it) for database `name`.
 * A page that cannot start the worker (a stricter CSP, an old engine) still gets search: the
 * index moves to `fallback()` and pending requests fail with words.
 */
export function searchIndexInWorker(
  name: string,
  startWorker: () => WorkerPort,
  fallback: () => SearchIndex,
): SearchIndex & { close(): void } {
  let replacement: SearchIndex | undefined;
  const worker = workerClient<SearchRequest, SearchResponse>(startWorker, {
    stoppedWords: 'The search worker stopped; search again.',
    onStop: (crashed) => {
      if (crashed) replacement ??= fallback();
    },
  });
  const send = async (body: SearchRequest, asking?: QueryAsking): Promise<readonly RankedMatch[]> =>
    (await worker.request(body, asking)).matches ?? [];
  return {
    open: async () => void (await (replacement?.open() ?? send({ kind: 'open', db: name }))),
    rebuild: async () =>
      void (await (replacement?.rebuild() ?? send({ kind: 'rebuild', db: name }))),
    persist: async () =>
      void (await (replacement?.persist() ?? send({ kind: 'persist', db: name }))),
    apply: async (upserts, removals, revision, persist, readBack = []) =>
      void (await (replacement?.apply(upserts, removals, revision, persist, readBack) ??
        send({
          kind: 'apply',
          db: name,
          upserts: upserts.map(searchDocumentOf),
          removals,
          revision,
          persist,
          ...(readBack.length > 0 ? { readBack } : {}),
        }))),
    query: (text, filters, limit, asking) =>
      replacement?.query(text, filters, limit, asking) ??
      send({ kind: 'query', db: name, text, filters, limit }, asking),
    close: () => worker.stop(),
  };
}

/**
 * An index whose module is still loading (`load`, started now): each call waits for it. For the
 * in-process index, which is loaded only where there is no worker or the worker stopped, so the
 * page's first part does not carry the engine. A failed load is tried again on the next call.
 */
export function searchIndexOnceLoaded(load: () => Promise<SearchIndex>): SearchIndex {
  let loading: Promise<SearchIndex> | undefined;
  const loaded = (): Promise<SearchIndex> =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  void loaded().catch(() => undefined);
  return {
    open: async () => (await loaded()).open(),
    rebuild: async () => (await loaded()).rebuild(),
    persist: async () => (await loaded()).persist(),
    apply: async (...change) => (await loaded()).apply(...change),
    query: async (...asked) => (await loaded()).query(...asked),
  };
}
