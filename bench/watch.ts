/**
 * `npm run bench -- watch`: one capture round over 50 subscriptions × 50 items served on
 * 127.0.0.1 (50 sites, one host each), then a quiet round (nothing changed: every request
 * conditional) and a busy one (a tenth of the pages edited, one new item per feed). Measured in
 * Node (the capture engine with fake-indexeddb and linkedom) and in Chromium through the web
 * build's path (IndexedDB, the search index worker, the feed worker, fetch with CORS), with the
 * main thread's long tasks. Baselines in the same run: the same pages through importItems alone
 * (what the round adds to a plain URL import), and the quiet round with validators dropped (what
 * ETags save). Politeness is off (0 ms per host) so the figures are the work, not the waiting.
 */
import 'fake-indexeddb/auto';
import { execSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ArchiveDatabase } from '../src/db/database';
import { addSubscriptions } from '../src/db/watch-store';
import { importItems } from '../src/import/import-items';
import { runRound } from '../src/capture/run-round';
import type { RoundReport } from '../src/capture/watch-env';
import { nodeWatchEnv, TestClock } from '../tests/support/watch-env';
import { nodeDom } from '../tests/support/node-dom';
import { chromiumArgs } from '../scripts/chromium';
import { serveStatic } from '../scripts/static-server';
import { buildPages, chromiumPath } from './browser/run-in-browser';
import { clearCounts, siteCounts, startBenchSites, type BenchSites } from './watch-sites';

// 10 × 20 by default so the whole bench (both halves, baselines included) ends in minutes; the
// issue's figure is WATCH_SUBSCRIPTIONS=50 WATCH_ITEMS=50.
const subscriptions = Number(process.env.WATCH_SUBSCRIPTIONS ?? 10);
const items = Number(process.env.WATCH_ITEMS ?? 20);
const hour = 3_600_000;
const ms = (n: number): string => `${Math.round(n).toLocaleString('en')} ms`;

function line(
  label: string,
  report: Pick<RoundReport, 'requests' | 'notModified'> & { added: number; changed: number },
  took: number,
  sites: BenchSites,
): number {
  const served = siteCounts(sites.sites);
  console.log(
    `  ${label}: ${ms(took)}; ${report.requests} requests (${report.notModified} answered 304; the sites logged ${served.requests} and ${served.preflights} CORS preflights, ${(served.bytes / 1e6).toFixed(1)} MB of bodies); ${report.added} added, ${report.changed} new versions`,
  );
  return took;
}

const ratio = (label: string, value: number, base: number): void =>
  console.log(`  ratio: ${label} ${(value / base).toFixed(2)}×`);

async function nodeRounds(): Promise<void> {
  const sites = await startBenchSites(subscriptions, items);
  const db = new ArchiveDatabase(`bench-watch-${Date.now()}`);
  const clock = new TestClock();
  try {
    await addSubscriptions(
      db,
      sites.feeds.map((url) => ({ kind: 'feed', url })),
      clock.at,
    );
    const env = nodeWatchEnv(db, clock, { newItemsPerSubscription: items + 1 });
    const timed = async (label: string): Promise<number> => {
      clearCounts(sites.sites);
      const start = performance.now();
      const report = await runRound(env);
      return line(
        label,
        { ...report, added: report.added.length, changed: report.changed.length },
        performance.now() - start,
        sites,
      );
    };
    console.log(`Node (capture engine, fake-indexeddb, linkedom), ${subscriptions} × ${items}:`);
    const first = await timed('first round (every item new)');
    clock.advance(hour);
    const quiet = await timed('quiet round (nothing changed)');
    // Baseline: the same quiet round with every validator dropped (no ETags: full downloads).
    await db.subscriptions.toCollection().modify({ validators: { etag: '', lastModified: '' } });
    await db.watchedPages.toCollection().modify({ validators: { etag: '', lastModified: '' } });
    clock.advance(hour);
    const unvalidated = await timed('baseline: quiet round without validators');
    ratio('quiet round / the same without validators (what ETags save)', quiet, unvalidated);
    sites.edit(10);
    clock.advance(hour);
    await timed('busy round (1 page in 10 edited, 1 new item per feed)');
    // Baseline: the first round's pages through importItems alone, pages already in memory.
    const pages = new Map<
      string,
      { kind: 'ok'; finalUrl: string; contentType: string; bytes: Uint8Array }
    >();
    for (const site of sites.sites)
      for (let i = 0; i < items; i++) {
        const url = `${site.base}/story/${i}`;
        const response = await fetch(url);
        pages.set(url, {
          kind: 'ok',
          finalUrl: url,
          contentType: 'text/html',
          bytes: new Uint8Array(await response.arrayBuffer()),
        });
      }
    const fresh = new ArchiveDatabase(`bench-watch-base-${Date.now()}`);
    const start = performance.now();
    const results = await importItems(
      fresh,
      [...pages.keys()].map((url) => ({ kind: 'url', url })),
      {
        ...nodeDom,
        fetchUrl: async (url) => pages.get(url) ?? { kind: 'failed', reason: 'missing' },
      },
    );
    const alone = performance.now() - start;
    console.log(
      `  baseline: the same ${results.length} pages through importItems alone (no fetching): ${ms(alone)}`,
    );
    ratio('first round / importItems alone (what the round adds to an import)', first, alone);
    await fresh.delete();
  } finally {
    await db.delete();
    await sites.close();
  }
}

async function browserRounds(): Promise<void> {
  execSync('npx electron-vite build', { stdio: 'ignore' });
  const root = resolve('out/renderer');
  await buildPages(['watch-round'], join(root, 'bench-watch'));
  const { server, url } = await serveStatic(root);
  const sites = await startBenchSites(subscriptions, items);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`[watch-round] ${error.message}`));
    await page.goto(`${url}bench-watch/watch-round.html`);
    await page.waitForFunction(() => 'watchRound' in window);
    const call = (arg: unknown) =>
      page.evaluate(
        (a) =>
          (
            window as unknown as { watchRound: (a: unknown) => Promise<Record<string, number>> }
          ).watchRound(a),
        arg,
      );
    console.log(
      `Chromium (web build path: IndexedDB, search index worker, feed worker, fetch with CORS), ${subscriptions} × ${items}:`,
    );
    for (const [label, arg] of [
      ['first round (every item new)', { feeds: sites.feeds, items, advance: 0 }],
      ['quiet round (nothing changed)', { advance: hour }],
      ['busy round (1 page in 10 edited, 1 new item per feed)', { advance: hour, edit: true }],
    ] as const) {
      if ('edit' in arg) sites.edit(10);
      clearCounts(sites.sites);
      const f = await call(arg);
      line(
        label,
        {
          requests: f.requests ?? 0,
          notModified: f.notModified ?? 0,
          added: f.added ?? 0,
          changed: f.changed ?? 0,
        },
        f.ms ?? NaN,
        sites,
      );
      console.log(
        `    main thread: longest task ${ms(f.longestTaskMs ?? 0)}, ${f.longTasks} tasks over 50 ms (${ms(f.longTaskTotalMs ?? 0)} in all)`,
      );
    }
  } finally {
    await browser.close();
    server.close();
    await sites.close();
  }
}

/** Runs the watch bench: Node first, then Chromium (or the one WATCH_PART names). */
export async function runWatchBench(): Promise<void> {
  // WATCH_PART=node or =browser runs one half (each takes minutes at 50 × 50 on a loaded machine).
  const part = process.env.WATCH_PART;
  if (part !== 'browser') await nodeRounds();
  if (part !== 'node') await browserRounds();
}
