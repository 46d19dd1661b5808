/**
 * UI bench for the archive-wide cluster scan (issue 10): 10,000 synthetic articles (the engine
 * bench's Markov prose with planted edited copies and recurring press releases, 40 sources, one
 * article an hour) are put straight into the app's IndexedDB, then "Strongest echoes" is opened
 * in Chromium. Figures: the first scan (the worker fingerprints every text), a rescan with the
 * worker's index warm, reopening the list from the stored scan, opening the largest cluster, and
 * the longest main-thread task of each; baselines from the same run: the same scan in Node
 * (core only, no UI), and opening the library of the same archive.
 * Run: npm run bench -- ui (part of it), or node --import tsx bench/ui-clusters.ts.
 */
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { EchoIndex } from '../src/core/echoes/echo-index';
import { chromiumArgs } from '../scripts/chromium';
import { serveStatic } from '../scripts/static-server';
import { chromiumPath } from './browser/run-in-browser';
import { loadCorpus } from './engine/corpus';
import { learnProse, syntheticArchive } from './engine/synthetic';
import { profileDuring } from './profile-probe';
import { scanCategories, traceDuring } from './trace-probe';

const sources = 40;
const hour = 3_600_000;
const ms = (n: number): string => `${Math.round(n).toLocaleString('en')} ms`;

/** The synthetic archive as article records of the current schema (no fingerprints stored). */
function articlesOf(texts: readonly string[]): unknown[] {
  return texts.map((text, i) => {
    const id = `bench-${String(i).padStart(5, '0')}`;
    return {
      id,
      title: `Synthetic article ${i}`,
      source: `Source ${i % sources}`,
      byline: '',
      url: '',
      urlKey: '',
      publishedAt: Date.UTC(2025, 0, 1) + i * hour,
      importedAt: Date.UTC(2026, 0, 1) + i,
      tags: [],
      contentHash: `h-${id}`,
      storyId: `s-${id}`,
      note: '',
      text,
      html: '',
      origin: { kind: 'paste', format: 'txt' },
      sortTitle: `synthetic article ${i}`,
      wordCount: text.split(/\s+/).length,
    };
  });
}

async function seed(page: Page, articles: readonly unknown[]): Promise<void> {
  for (let i = 0; i < articles.length; i += 500)
    await page.evaluate(
      async (batch) => {
        const db = await new Promise<IDBDatabase>((done, fail) => {
          const open = indexedDB.open('verso');
          open.onsuccess = () => done(open.result);
          open.onerror = () => fail(open.error);
        });
        // Written around the app: its next start checks the counts again (startup-check.ts).
        const tx = db.transaction(['articles', 'meta'], 'readwrite');
        tx.objectStore('meta').delete('counts-checked');
        for (const article of batch) tx.objectStore('articles').put(article);
        await new Promise((done, fail) => {
          tx.oncomplete = done;
          tx.onerror = () => fail(tx.error);
        });
        db.close();
      },
      articles.slice(i, i + 500),
    );
}

/** A page whose long tasks `timed` reads (the observer is in place before the app's code runs). */
export async function watchedPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[]; __longTasks: [number, number][] };
    w.longTasks = [];
    // Start and length too, for CLUSTERS_PROFILE's attribution (profile-probe.ts).
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.longTasks.push(entry.duration);
        w.__longTasks.push([entry.startTime, entry.duration]);
      }
    }).observe({ type: 'longtask' });
  });
  return page;
}

/** Long tasks seen since the last call (the observer is installed before the app's code runs). */
async function takeLongest(page: Page): Promise<{ longest: number; count: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    const tasks = w.longTasks.splice(0);
    return { longest: Math.max(0, ...tasks), count: tasks.length };
  });
}

/** How long `act` takes until `ready`, with the longest main-thread task meanwhile. */
export async function timed(
  page: Page,
  act: () => Promise<unknown>,
  ready: () => Promise<unknown>,
) {
  await takeLongest(page);
  const start = Date.now();
  await act();
  await ready();
  const took = Date.now() - start;
  return { ms: took, ...(await takeLongest(page)) };
}

/** Measures and prints the cluster figures at `count` articles. */
export async function runClusterBench(
  count = 10_000,
  build = true,
): Promise<Record<string, number>> {
  const corpus = loadCorpus();
  if (typeof corpus === 'string') throw new Error(corpus);
  const texts = syntheticArchive(learnProse(corpus), count).map((p) => p.join('\n\n'));
  const node = new EchoIndex();
  const nodeStart = performance.now();
  texts.forEach((text, i) => node.add(`bench-${String(i).padStart(5, '0')}`, text));
  const nodeClusters = node.scanClustersSync();
  const nodeMs = performance.now() - nodeStart;

  if (build) execSync('npx electron-vite build', { stdio: 'ignore' });
  const renderer = await serveStatic(resolve('out/renderer'));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  try {
    const page = await watchedPage(browser);
    await page.goto(renderer.url);
    await page.getByText('Your archive is empty').waitFor();
    // The start's check done first, so it cannot mark the counts right after the write below.
    await page.waitForFunction(
      () => performance.getEntriesByName('verso:archived-keys-ready').length > 0,
    );
    await seed(page, articlesOf(texts));
    // A restart, as after any write around the app: the start's check then counts the seeded
    // articles and fills their summaries (the library and the scan read those), done before the
    // first scan is timed.
    await page.reload();
    await page.waitForFunction(
      () => performance.getEntriesByName('verso:archived-keys-ready').length > 0,
      undefined,
      { timeout: 600_000 },
    );
    await page.waitForFunction(
      () =>
        new Promise<boolean>((done) => {
          const open = indexedDB.open('verso');
          open.onsuccess = () => {
            const read = open.result
              .transaction('meta')
              .objectStore('meta')
              .get('summaries-to-fill');
            read.onsuccess = () => {
              open.result.close();
              done(read.result === undefined);
            };
          };
        }),
      undefined,
      { timeout: 600_000, polling: 500 },
    );
    const rows = page.getByRole('list', { name: 'Clusters' }).getByRole('listitem');
    const listed = () => rows.first().waitFor({ timeout: 900_000 });
    const nav = (name: string) => page.getByRole('button', { name, exact: true }).click();

    const openEchoes = () => page.goto(`${renderer.url}#/echoes`);
    // CLUSTERS_TRACE=1: a Chromium trace of the first scan, each long task's events named;
    // CLUSTERS_PROFILE=1: a sampling profile of the page's main thread instead, each long task's
    // heaviest frames named (a trace of a 100,000 scan distorts it: tasks of over a second).
    const first =
      process.env.CLUSTERS_PROFILE === '1'
        ? await profileDuring(page, `clusters-${count}`, () => timed(page, openEchoes, listed))
        : process.env.CLUSTERS_TRACE === '1' || process.env.CLUSTERS_TRACE === 'all'
          ? await traceDuring(
              page,
              `clusters-${count}`,
              async () => {
                await page.evaluate(() => performance.mark('bench:first-scan'));
                return timed(page, openEchoes, listed);
              },
              { categories: scanCategories, mark: 'bench:first-scan' },
            )
          : await timed(page, openEchoes, listed);
    const total = Number(
      /of ([\d,]+) cluster/
        .exec(await page.locator('.cluster-count').innerText())?.[1]
        ?.replace(/,/g, ''),
    );
    await nav('Library');
    await page.locator('.article-row').first().waitFor();
    // A new revision makes the stored scan stale; the worker still holds every article.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((done) => {
        const open = indexedDB.open('verso');
        open.onsuccess = () => done(open.result);
      });
      const tx = db.transaction('meta', 'readwrite');
      tx.objectStore('meta').put({ key: 'revision', value: 424242 });
      await new Promise((done) => (tx.oncomplete = done));
      db.close();
    });
    // CLUSTERS_TRACE=all: the warm rescan, the stored list and the largest cluster traced too.
    const traced = (label: string, act: () => Promise<unknown>, ready = listed) =>
      process.env.CLUSTERS_PROFILE === '1'
        ? profileDuring(page, `clusters-${label}-${count}`, () => timed(page, act, ready))
        : process.env.CLUSTERS_TRACE === 'all'
          ? traceDuring(
              page,
              `clusters-${label}-${count}`,
              async () => {
                await page.evaluate((m) => performance.mark(m), `bench:${label}`);
                return timed(page, act, ready);
              },
              { categories: scanCategories, mark: `bench:${label}` },
            )
          : timed(page, act, ready);
    const warm = await traced('warm', () => nav('Strongest echoes'));
    await nav('Library');
    const library = await timed(
      page,
      () => page.reload(),
      () => page.locator('.article-row').first().waitFor(),
    );
    const stored = await traced('stored', () => nav('Strongest echoes'));
    const collation = await traced(
      'largest',
      () => rows.first().getByRole('button').click(),
      () => page.getByRole('list', { name: 'Every copy, earliest first' }).waitFor(),
    );
    const largest = await page
      .getByRole('list', { name: 'Every copy, earliest first' })
      .getByRole('listitem')
      .count();
    await page.screenshot({ path: 'test-results/bench-cluster-collation.png' });
    // One row per story reprinted: the worker pairs the shown clusters, the page gathers the rows
    // in slices between pauses (release-worker.ts, NumberedReleases); timed to the first story.
    await nav('Strongest echoes');
    await rows.first().waitFor({ timeout: 900_000 });
    const releases = await timed(
      page,
      () => page.getByRole('checkbox', { name: /One row per story reprinted/ }).check(),
      () =>
        page
          .getByRole('list', { name: 'Releases' })
          .getByRole('listitem')
          .first()
          .waitFor({ timeout: 900_000 }),
    );
    const stories = Number(
      /\(([\d,]+) stor/
        .exec(await page.locator('.release-toggle').innerText())?.[1]
        ?.replace(/,/g, ''),
    );

    console.log(`Clusters through the UI (Chromium), ${count.toLocaleString('en')} articles`);
    console.log(
      `  first scan, Strongest echoes opened       ${ms(first.ms)}  (page load, reading ${count.toLocaleString('en')} texts, the worker fingerprinting them, scan, reuse, storing; longest main-thread task ${ms(first.longest)}, ${first.count} over 50 ms)`,
    );
    console.log(
      `  rescan, worker index warm                 ${ms(warm.ms)}  (longest main-thread task ${ms(warm.longest)}, ${warm.count} over 50 ms)`,
    );
    console.log(
      `  same scan in Node, core only              ${ms(nodeMs)}  (fingerprints + scanClustersSync; UI first scan ×${(first.ms / nodeMs).toFixed(1)}, warm rescan ×${(warm.ms / nodeMs).toFixed(2)})`,
    );
    console.log(
      `  clusters found                            ${total.toLocaleString('en')} in the UI, ${nodeClusters.length.toLocaleString('en')} in Node`,
    );
    console.log(
      `  cluster list from the stored scan         ${ms(stored.ms)}  (read + filter + render; longest task ${ms(stored.longest)}; library open after reload ${ms(library.ms)}, ×${(stored.ms / library.ms).toFixed(2)})`,
    );
    console.log(
      `  open the largest cluster (${largest} copies)     ${ms(collation.ms)}  (collation + timeline; longest task ${ms(collation.longest)})`,
    );
    console.log(
      `  one row per story reprinted (${stories.toLocaleString('en')} stories)  ${ms(releases.ms)}  (grouping in the worker + gathering in slices; longest task ${ms(releases.longest)}, ${releases.count} over 50 ms)`,
    );
    return {
      releasesMs: releases.ms,
      releasesLongestTaskMs: releases.longest,
      firstScanMs: first.ms,
      firstScanLongestTaskMs: first.longest,
      warmScanMs: warm.ms,
      warmScanLongestTaskMs: warm.longest,
      nodeScanMs: nodeMs,
      clusters: total,
      storedListMs: stored.ms,
      storedListLongestTaskMs: stored.longest,
      libraryOpenMs: library.ms,
      collationMs: collation.ms,
    };
  } finally {
    await browser.close();
    renderer.server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  await runClusterBench(Number(process.env.BENCH_ARTICLES ?? 10_000));
