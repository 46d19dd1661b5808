/**
 * One capture round in Chromium on the web build's path: the app's archive (IndexedDB, search
 * index in its worker), feeds read in the feed worker, pages fetched by the web host (CORS).
 * Driven by bench/watch.ts; politeness off so the figure is the work.
 */
import { addSubscriptions } from '../../../src/db/watch-store';
import { runRound } from '../../../src/capture/run-round';
import { archive } from '../../../src/ui/data/archive';
import { readFeedInWorker } from '../../../src/ui/data/feed-reader';
import { watchFetchInBrowser } from '../../../src/host/web-watch-fetch';

const tasks: [number, number][] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
}).observe({ type: 'longtask', buffered: true });

let clock = Date.UTC(2026, 10, 30, 6);

Object.assign(window, {
  async watchRound(arg: { feeds?: string[]; items?: number; advance: number }) {
    const db = archive();
    if (arg.feeds)
      await addSubscriptions(
        db,
        arg.feeds.map((url) => ({ kind: 'feed' as const, url })),
        clock,
      );
    clock += arg.advance;
    const started = performance.now();
    const report = await runRound({
      db,
      fetch: watchFetchInBrowser,
      readFeed: readFeedInWorker,
      limits: { perHostDelayMs: 0, newItemsPerSubscription: (arg.items ?? 50) + 1 },
      now: () => clock,
    });
    const ended = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const inside = tasks.filter(([start, d]) => start + d >= started && start <= ended);
    return {
      ms: ended - started,
      requests: report.requests,
      notModified: report.notModified,
      added: report.added.length,
      changed: report.changed.length,
      longTasks: inside.length,
      longestTaskMs: Math.max(0, ...inside.map(([, d]) => d)),
      longTaskTotalMs: inside.reduce((sum, [, d]) => sum + d, 0),
    };
  },
});
