/**
 * UI bench (issue 6), in Debian's Chromium through bench/browser's harness: first paint of the
 * built renderer against a blank page, and the time to render the compare view of two 5,000-word
 * versions against rendering the same text as plain paragraphs. Prints medians and ratios.
 * Run: npm run bench -- ui (it builds the renderer first), or node --import tsx bench/ui.ts.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from '../scripts/static-server';
import { callInPage, runInBrowser } from './browser/run-in-browser';
import { runClusterBench } from './ui-clusters';

const rounds = 9;
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const ms = (n: number): string => `${n.toFixed(1)} ms`;

/** First contentful paint, and when the element marked `elementtiming="first-screen"` was painted. */
async function firstPaint(
  browser: Browser,
  url: string,
  ready: string,
): Promise<{ paint: number; screen: number }> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.getByText(ready).first().waitFor();
  const times = await page.evaluate(async () => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    // Element Timing entries are buffered; the heading's renderTime is when it reached the screen.
    const entries = await new Promise<PerformanceEntryList>((done) => {
      new PerformanceObserver((list) => done(list.getEntries())).observe({
        type: 'element',
        buffered: true,
      });
      setTimeout(() => done([]), 2000);
    });
    const screen = entries.find((e) => e.name === 'text-paint' || e.name === 'image-paint');
    return { paint, screen: (screen as { renderTime?: number } | undefined)?.renderTime ?? NaN };
  });
  await page.close();
  return times;
}

/** Puts `n` small articles straight into the app's IndexedDB (no fingerprints stored). */
async function seedArchive(page: Page, n: number): Promise<void> {
  await page.evaluate(async (count) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('verso');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    // Written around the app: its next start checks the counts again (src/db/startup-check.ts).
    const tx = db.transaction(['articles', 'meta'], 'readwrite');
    tx.objectStore('meta').delete('counts-checked');
    for (let i = 0; i < count; i++) {
      const id = `bench-${String(i).padStart(5, '0')}`;
      const text = `Report ${i} on the council budget: the plan for ${i % 97} schools and ${i % 13} libraries was agreed after a long debate about funding, staff and buildings across the district.`;
      tx.objectStore('articles').put({
        id,
        title: `Report ${i}`,
        source: '',
        byline: '',
        url: '',
        publishedAt: 0,
        importedAt: Date.UTC(2026, 0, 1, 0, 0, i),
        tags: [],
        contentHash: `h-${id}`,
        storyId: `s-${id}`,
        note: '',
        text,
        html: '',
        origin: { kind: 'paste', format: 'txt' },
        sortTitle: `report ${i}`,
        wordCount: 30,
      });
    }
    await new Promise((done, fail) => {
      tx.oncomplete = done;
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, n);
}

/** Opens an article of an archive of `n` and times until its echoes are listed (first scan). */
async function firstScanMs(browser: Browser, url: string, n: number): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.getByText('Your archive is empty').waitFor();
  // The start's check done first, so it cannot mark the counts right after the write below.
  await page.waitForFunction(
    () => performance.getEntriesByName('verso:archived-keys-ready').length > 0,
  );
  await seedArchive(page, n);
  const start = Date.now();
  await page.goto(`${url}#/article/bench-00000`);
  await page.getByRole('heading', { name: /^Echoes \(\d+\)$/ }).waitFor({ timeout: 300_000 });
  const took = Date.now() - start;
  await context.close();
  return took;
}

interface CompareRound {
  readonly words: number;
  readonly alignMs: number;
  readonly compareMs: number;
  readonly plainMs: number;
}

/** Measures and prints the UI figures; returns them for a caller collecting bench results. */
export async function runUiBench(): Promise<Record<string, number>> {
  // Build first, so the figures are those of the code in the checkout, not of an old build.
  execSync('npx electron-vite build', { stdio: 'ignore' });
  const rendererDir = resolve('out/renderer');
  if (!existsSync(join(rendererDir, 'index.html')))
    throw new Error('The build did not produce out/renderer.');
  const renderer = await serveStatic(rendererDir);
  try {
    return await runInBrowser(['ui-compare', 'ui-blank'], async (session) => {
      const blankPage = await session.open('ui-blank');
      const blankUrl = blankPage.url();
      await blankPage.close();
      const app: number[] = [];
      const screen: number[] = [];
      const blank: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const times = await firstPaint(session.browser, renderer.url, 'Your archive is empty');
        app.push(times.paint);
        screen.push(times.screen);
        blank.push((await firstPaint(session.browser, blankUrl, 'Blank page')).paint);
      }
      const page = await session.open('ui-compare');
      await page.setViewportSize({ width: 1280, height: 900 });
      const results: CompareRound[] = [];
      // Two warm-up rounds let the JIT settle before the measured ones.
      for (let i = 0; i < rounds + 2; i++)
        results.push(await callInPage<CompareRound>(page, 'runCompareBench', 5000));
      const warm = results.slice(2);
      const figures = {
        firstPaintMs: median(app),
        firstScreenMs: median(screen),
        blankFirstPaintMs: median(blank),
        compareRenderMs: median(warm.map((r) => r.compareMs)),
        plainRenderMs: median(warm.map((r) => r.plainMs)),
        alignMs: median(warm.map((r) => r.alignMs)),
        words: warm[0]?.words ?? 0,
      };
      const small = [];
      for (let i = 0; i < 3; i++) small.push(await firstScanMs(session.browser, renderer.url, 100));
      const scanSmall = median(small);
      const scanLarge = await firstScanMs(session.browser, renderer.url, 10_000);
      console.log(`UI (Chromium, median of ${rounds})`);
      console.log(
        `  first contentful paint, renderer       ${ms(figures.firstPaintMs)}  (blank page ${ms(figures.blankFirstPaintMs)}, ×${(figures.firstPaintMs / figures.blankFirstPaintMs).toFixed(2)})`,
      );
      console.log(
        `  first screen painted (empty archive)   ${ms(figures.firstScreenMs)}  (Element Timing of its heading; blank page ×${(figures.firstScreenMs / figures.blankFirstPaintMs).toFixed(2)})`,
      );
      console.log(
        `  compare view render, 2 × ${figures.words} words   ${ms(figures.compareRenderMs)}  (same text as plain paragraphs ${ms(figures.plainRenderMs)}, ×${(figures.compareRenderMs / figures.plainRenderMs).toFixed(2)}; target < 100 ms)`,
      );
      console.log(
        `  alignTexts of the two versions         ${ms(figures.alignMs)}  (not part of the render)`,
      );
      console.log(
        `  open an article, first echo scan, 10,000 articles   ${ms(scanLarge)}  (100 articles ${ms(scanSmall)}, ×${(scanLarge / scanSmall).toFixed(1)}; page load included, no stored fingerprints: the worker makes them)`,
      );
      const clusters = await runClusterBench(10_000, false);
      return { ...figures, firstScan100Ms: scanSmall, firstScan10kMs: scanLarge, ...clusters };
    });
  } finally {
    renderer.server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runUiBench();
