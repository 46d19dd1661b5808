import type { RoundReport } from '../../capture/watch-env';
import type { WatchFetcher } from '../../core/watch/watch-model';
import { archive } from './archive';
import { readFeedInWorker } from './feed-reader';

/** Where watching stands, for the Sources panel and the header. */
export interface WatchState {
  readonly running: boolean;
  readonly done: number;
  readonly total: number;
  readonly lastReport?: RoundReport;
}

let state: WatchState = { running: false, done: 0, total: 0 };
const listeners = new Set<() => void>();
let queue: Promise<unknown> = Promise.resolve();

function publish(next: WatchState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** The current watch state (for useSyncExternalStore). */
export const watchState = (): WatchState => state;

/** Subscribes to watch state changes; returns the unsubscribe function. */
export function subscribeWatchState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Runs a capture round in the app's archive — the subscriptions due, or `only` these now ("check
 * now") — one round at a time. The capture code loads on first use; fetching goes through the
 * host (Electron's main process, or the browser's fetch), feeds and pages are read in workers,
 * and the pages go through the import, which yields to the page, so the window never freezes.
 */
export function runWatchRound(
  fetcher: WatchFetcher,
  only?: readonly string[],
): Promise<RoundReport> {
  const round = queue.then(async () => {
    const [{ runRound }, { htmlExtractorInWorker }] = await Promise.all([
      import('../../capture/run-round'),
      import('./extract-link'),
    ]);
    publish({ ...state, running: true, done: 0, total: 0 });
    try {
      const report = await runRound(
        {
          db: archive(),
          fetch: fetcher,
          readFeed: readFeedInWorker,
          // Pages are read in the extract worker, as imported files are: read here with the
          // page's DOMParser, each page's <base> and event handlers broke the page's CSP (logged
          // violations) and a page that traps Readability would hang the window.
          importOptions: { extractHtml: htmlExtractorInWorker() },
        },
        {
          ...(only ? { only } : {}),
          onProgress: (done, total) => publish({ ...state, done, total }),
        },
      );
      publish({ running: false, done: 0, total: 0, lastReport: report });
      return report;
    } catch (error) {
      publish({ ...state, running: false });
      throw error;
    }
  });
  queue = round.catch(() => undefined);
  return round;
}
