/**
 * UI bench (issue 6), in Debian's Chromium: first paint of the renderer against a blank page from
 * the same server, and the time to render the compare view of two 5,000-word versions against
 * rendering the same text as plain paragraphs. Prints medians and ratios; asserts nothing.
 * Run: node --import tsx bench/ui.ts (needs `npm run build` first for out/renderer).
 */
import { chromium, type Browser } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { build } from 'vite';

const rounds = 9;
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const fixed = (ms: number): string => `${ms.toFixed(1)} ms`;

async function buildBenchPage(): Promise<string> {
  const outDir = resolve('out/bench-ui');
  await build({
    root: resolve('src'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    define: { __APP_VERSION__: JSON.stringify('bench') },
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: {
        input: {
          compare: resolve('src/ui/bench/compare-bench.html'),
          blank: resolve('src/ui/bench/blank.html'),
        },
      },
    },
  });
  return outDir;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** A loopback static server for a built folder (the renderer, or the bench pages). */
function serve(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = join(root, path === '/' ? 'index.html' : decodeURIComponent(path));
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
          .end(body),
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const urlOf = (server: Server, path: string): string => {
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${path}`;
};

async function firstPaint(browser: Browser, url: string, ready: string): Promise<number> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.getByText(ready).first().waitFor();
  const paint = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  );
  await page.close();
  return paint;
}

/** Measures and prints the UI figures; returns them for a caller that collects bench results. */
export async function runUiBench(): Promise<Record<string, number>> {
  if (!existsSync('out/renderer/index.html'))
    throw new Error('Run "npm run build" first (no out/renderer).');
  const benchRoot = await buildBenchPage();
  const renderer = await serve(resolve('out/renderer'));
  const pages = await serve(benchRoot);
  const chromiumPath =
    process.env.CHROMIUM_PATH ??
    (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const app: number[] = [];
    const blank: number[] = [];
    for (let i = 0; i < rounds; i++) {
      app.push(await firstPaint(browser, urlOf(renderer, '/'), 'Your archive is empty'));
      blank.push(await firstPaint(browser, urlOf(pages, '/ui/bench/blank.html'), 'Blank page'));
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(urlOf(pages, '/ui/bench/compare-bench.html'));
    await page.waitForFunction(() => 'runCompareBench' in window);
    const results: { words: number; alignMs: number; compareMs: number; plainMs: number }[] = [];
    for (let i = 0; i < rounds + 2; i++) {
      results.push(
        await page.evaluate(() =>
          (
            window as unknown as { runCompareBench: (n: number) => (typeof results)[number] }
          ).runCompareBench(5000),
        ),
      );
    }
    const warm = results.slice(2);
    const figures = {
      firstPaintMs: median(app),
      blankFirstPaintMs: median(blank),
      compareRenderMs: median(warm.map((r) => r.compareMs)),
      plainRenderMs: median(warm.map((r) => r.plainMs)),
      alignMs: median(warm.map((r) => r.alignMs)),
      words: warm[0]?.words ?? 0,
    };
    console.log(`UI (Chromium, median of ${rounds})`);
    console.log(
      `  first contentful paint, renderer      ${fixed(figures.firstPaintMs)}  (blank page ${fixed(figures.blankFirstPaintMs)}, ratio ${(figures.firstPaintMs / figures.blankFirstPaintMs).toFixed(2)})`,
    );
    console.log(
      `  compare view render, 2 × ${figures.words} words  ${fixed(figures.compareRenderMs)}  (plain paragraphs ${fixed(figures.plainRenderMs)}, ratio ${(figures.compareRenderMs / figures.plainRenderMs).toFixed(2)}; target < 100 ms)`,
    );
    console.log(`  alignTexts of the two versions        ${fixed(figures.alignMs)}`);
    return figures;
  } finally {
    await browser.close();
    renderer.close();
    pages.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runUiBench();
