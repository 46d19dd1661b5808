/**
 * Names what a long main-thread task did when a sampling profile cannot (`SCALE_TRACE=1`): a
 * Chromium trace (timeline categories) during one piece of work, then each of the page's
 * main-thread tasks over 50 ms with the trace events inside it summed by name. A task that is
 * the browser's own (the file input handing over 1,000 picked files) shows as a mojo reply with
 * little script inside it; a sampling profile shows the same time only as "(program)".
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** One event of a Chromium trace (the fields the benches read). */
export interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { data?: Record<string, unknown>; name?: string };
}

/** The timeline categories the benches trace. */
export const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'loading',
  'toplevel',
  'blink.user_timing',
].join(',');

/** Further categories for a long scan's tasks: GC, IndexedDB callbacks, IPC and mojo messages. */
export const scanCategories = [
  categories,
  'disabled-by-default-v8.gc',
  'IndexedDB',
  'ipc',
  'mojom',
].join(',');

/** What to trace beyond the defaults: other categories, and the mark naming the page's renderer. */
export interface TraceOptions {
  readonly categories?: string;
  readonly mark?: string;
}

/** Prints each main-thread task over 50 ms of the renderer that left `mark`, events inside summed. */
export function report(
  events: readonly TraceEvent[],
  label: string,
  file: string,
  mark: string,
): void {
  // The page's renderer is the one whose main thread left the work's marks.
  const marked = events.find((e) => e.name === mark);
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      (marked === undefined || e.pid === marked.pid),
  );
  if (!main) return;
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = mine.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 50_000);
  const start = mine.reduce((least, e) => Math.min(least, e.ts), Infinity);
  console.log(`  [trace ${label}] ${tasks.length} main-thread tasks over 50 ms (${file})`);
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const byName = new Map<string, number>();
    for (const e of mine) {
      if (e === task || e.ts < task.ts || e.ts >= end) continue;
      const data = e.args?.data ?? {};
      const what = String(data.type ?? data.url ?? data.functionName ?? '').slice(-60);
      const key = `${e.name} ${what}`;
      byName.set(key, (byName.get(key) ?? 0) + (e.dur ?? 0));
    }
    console.log(
      `    ${((task.dur ?? 0) / 1000).toFixed(0)} ms at ${((task.ts - start) / 1e6).toFixed(1)} s (nested events, summed):`,
    );
    for (const [key, us] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 12))
      console.log(`      ${(us / 1000).toFixed(1).padStart(7)} ms  ${key}`);
  }
}

/** Traces `work` and prints each main-thread task over 50 ms with the events inside it. */
export async function traceDuring<T>(
  page: Page,
  label: string,
  work: () => Promise<T>,
  options: TraceOptions = {},
): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    // The protocol types its events loosely; these are the fields read above.
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', {
    categories: options.categories ?? categories,
    transferMode: 'ReportEvents',
  });
  let result: T;
  try {
    result = await work();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  let file = `/tmp/verso-trace-${label}.json`;
  try {
    writeFileSync(file, JSON.stringify({ traceEvents: events }));
  } catch {
    // A long scan's trace can pass the longest string V8 makes; the report below still reads it.
    file = '(not written: too large)';
  }
  report(events, label, file, options.mark ?? 'verso:import-called');
  return result;
}
