/**
 * What the scale bench reads from a page: main-thread long tasks (recorded from the start of
 * every page in a context) and the tab's memory.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';

/** Records every long task (> 50 ms) of every page in the context, with its start time. */
export async function installTaskWatch(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const tasks: [number, number][] = [];
    Object.assign(window, { __longTasks: tasks });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The longest task that overlapped [from, to] (page clock), when it began, and how many there were. */
export async function longestTaskBetween(
  page: Page,
  from: number,
  to: number,
): Promise<{ longestTaskMs: number; longTasks: number; longestTaskAfterMs: number }> {
  // Long tasks are reported after they end; give the observer a moment.
  await page.waitForTimeout(100);
  return page.evaluate(
    ([a, b]) => {
      const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks;
      const inside = tasks.filter(([start, d]) => start + d >= a && start <= b);
      const longest = inside.reduce<[number, number]>((x, y) => (y[1] > x[1] ? y : x), [a, 0]);
      return {
        longestTaskMs: longest[1],
        longTasks: inside.length,
        // When it started, from the start of the span: the first second is the file picker.
        longestTaskAfterMs: longest[0] - a,
      };
    },
    [from, to] as const,
  );
}

/** The page's JavaScript heap (main thread) from the DevTools protocol, after a collection. */
export async function tabMemoryMB(page: Page): Promise<{ jsHeapMB: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  return { jsHeapMB: heap / 1e6 };
}

/**
 * The renderer processes' memory, now and at their peak (VmRSS, VmHWM from /proc), of the
 * browser using `profile`: the page and its workers (search index, echo scan) share a renderer,
 * so the largest is the tab's whole cost.
 */
export function rendererMemoryMB(profile: string): {
  rendererRssMB: number;
  rendererPeakMB: number;
} {
  let rss = 0;
  let peak = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!args.includes('--type=renderer') || !args.includes(profile)) continue;
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (field: string): number =>
        Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
      rss = Math.max(rss, kb('VmRSS') / 1000);
      peak = Math.max(peak, kb('VmHWM') / 1000);
    } catch {
      // A process that has gone has no memory to report.
    }
  }
  return { rendererRssMB: rss, rendererPeakMB: peak };
}

/**
 * Waits for the page's start-up work (sketches warm, summaries ready, the filter of archived keys
 * ready, older articles' addresses filled) and returns when it ended, on the page's clock.
 */
export async function startUpDone(page: Page): Promise<number> {
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('verso:sketches-warm').length > 0 &&
      performance.getEntriesByName('verso:summaries-ready').length > 0 &&
      performance.getEntriesByName('verso:archived-keys-ready').length > 0 &&
      // Schema v20's fill of older articles' addresses: once after the upgrade (url-key-fill.ts).
      performance.getEntriesByName('verso:url-keys-filled').length > 0,
    null,
    { polling: 500, timeout: 600_000 },
  );
  return page.evaluate(() => performance.now());
}
