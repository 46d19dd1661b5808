/**
 * Where one library open's time goes (LIBRARY_TRACE=1 on the library-open bench): a Chromium trace
 * of the open, then the page's main thread from navigation to the first row in two spans — the
 * page's own start (to the `verso:app-start` mark: fetching, compiling and running the bundle) and
 * the app's (to the first row) — each split by what the thread did (self time per trace event,
 * idle where it waited), with the page's resource timings (which files came from the cache).
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { categories, type TraceEvent } from './trace-probe';

/** Starts tracing on `cdp`; the returned function stops it and gives the events. */
export async function startOpenTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    // The protocol types its events loosely; these are the fields read below.
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return async () => {
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/** Self time (ms) by event name on one thread within [from, to) (trace clock, µs). */
function selfTimes(
  events: readonly TraceEvent[],
  from: number,
  to: number,
): { busyMs: number; byName: Map<string, number> } {
  const spans = events
    .filter((e) => e.ph === 'X' && e.ts < to && e.ts + (e.dur ?? 0) > from)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const byName = new Map<string, number>();
  const stack: { end: number; key: string }[] = [];
  let busy = 0;
  const keyOf = (e: TraceEvent): string => {
    const data = e.args?.data ?? {};
    const url = typeof data.url === 'string' ? data.url.split('/').pop() : '';
    return url ? `${e.name} ${url.replace(/-[\w-]{8}\.js/, '.js')}` : e.name;
  };
  // Each event's own time: its span clipped to the window, less its children's.
  const clip = (a: number, b: number): number => Math.max(0, Math.min(b, to) - Math.max(a, from));
  for (const e of spans) {
    const end = e.ts + (e.dur ?? 0);
    while (stack.length && (stack.at(-1)?.end ?? 0) <= e.ts) stack.pop();
    const parent = stack.at(-1);
    const own = clip(e.ts, end);
    if (parent) byName.set(parent.key, (byName.get(parent.key) ?? 0) - own);
    else busy += own;
    const key = keyOf(e);
    byName.set(key, (byName.get(key) ?? 0) + own);
    stack.push({ end, key });
  }
  for (const [k, v] of byName) byName.set(k, v / 1000);
  return { busyMs: busy / 1000, byName };
}

function printSpan(label: string, main: readonly TraceEvent[], from: number, to: number): void {
  const { busyMs, byName } = selfTimes(main, from, to);
  const spanMs = (to - from) / 1000;
  console.log(
    `    ${label}: ${spanMs.toFixed(0)} ms, main thread busy ${busyMs.toFixed(0)} ms, idle ${(spanMs - busyMs).toFixed(0)} ms`,
  );
  const top = [...byName].filter(([, ms]) => ms >= 1).sort((a, b) => b[1] - a[1]);
  for (const [key, ms] of top.slice(0, 14))
    console.log(`      ${ms.toFixed(1).padStart(7)} ms  ${key}`);
}

interface Timings {
  readonly responseEnd: number;
  readonly resources: readonly { name: string; start: number; end: number; size: number }[];
}

/** The page's navigation and resource timings (page clock, ms). */
async function pageTimings(page: Page): Promise<Timings> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
      (r) => ({
        name: r.name.split('/').pop() ?? r.name,
        start: r.startTime,
        end: r.responseEnd,
        size: r.transferSize,
      }),
    );
    return { responseEnd: nav.responseEnd, resources };
  });
}

/**
 * Prints the breakdown of one traced open: `firstRowMs` is the first row's paint on the page's
 * clock; the events are what `startOpenTrace`'s stop gave.
 */
export async function reportOpenTrace(
  page: Page,
  events: readonly TraceEvent[],
  firstRowMs: number,
  label: string,
): Promise<void> {
  const file = `/tmp/verso-library-open-trace-${label.replace(/\W+/g, '-')}.json`;
  writeFileSync(file, JSON.stringify({ traceEvents: events }));
  const mark = events.filter((e) => e.name === 'verso:app-start').at(-1);
  if (!mark) return void console.log(`  [trace ${label}] no verso:app-start mark (${file})`);
  const navStart = events
    .filter((e) => e.name === 'navigationStart' && e.pid === mark.pid && e.ts <= mark.ts)
    .at(-1);
  const thread = events.find(
    (e) => e.name === 'thread_name' && e.pid === mark.pid && e.args?.name === 'CrRendererMain',
  );
  if (!navStart || !thread) return void console.log(`  [trace ${label}] no navigation (${file})`);
  const main = events.filter((e) => e.pid === mark.pid && e.tid === thread.tid);
  const at = (ms: number): number => navStart.ts + ms * 1000;
  const appStartMs = (mark.ts - navStart.ts) / 1000;
  const timings = await pageTimings(page);
  console.log(`  [trace ${label}] ${file}`);
  console.log(
    `    page clock: HTML received ${timings.responseEnd.toFixed(0)} ms, app start ${appStartMs.toFixed(0)} ms, first row painted ${firstRowMs.toFixed(0)} ms`,
  );
  const loaded = timings.resources.filter((r) => r.start < firstRowMs);
  const fetched = loaded.filter((r) => r.size > 0);
  console.log(
    `    before the first row: ${loaded.length} files, ${fetched.length} over the network (${fetched.map((r) => r.name).join(', ') || 'none'}); asked–in, ms:`,
  );
  // Which files the start waited on: a file served from the cache can still arrive late.
  const spans = loaded.map(
    (r) => `${r.name.replace(/-[\w-]{8}\./, '.')} ${r.start.toFixed(0)}–${r.end.toFixed(0)}`,
  );
  for (let i = 0; i < spans.length; i += 4)
    console.log(`      ${spans.slice(i, i + 4).join(', ')}`);
  printSpan('navigation to app start', main, at(0), mark.ts);
  printSpan('app start to first row', main, mark.ts, at(firstRowMs));
}
