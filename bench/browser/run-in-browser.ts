/**
 * Reusable harness for browser figures: builds bench pages with Vite, serves them on loopback,
 * opens Debian's Chromium through playwright-core, and calls functions the pages put on `window`.
 * Pages live in bench/browser/pages/ (an .html beside its .ts); add one and open it by name.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { chromiumArgs, chromiumPath as foundChromium } from '../../scripts/chromium';
import { serveStatic } from '../../scripts/static-server';

const pagesDir = resolve('bench/browser/pages');
const outDir = resolve('out/bench-browser');
/** The browser the figures come from: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export const chromiumPath = foundChromium ?? '/usr/bin/chromium';

/** A running browser with the bench pages served. */
export interface BrowserSession {
  readonly browser: Browser;
  /** Opens `pages/<name>.html` in a fresh page and waits until it has loaded. */
  open(name: string): Promise<Page>;
}

/** Builds the named bench pages into `into` (default out/bench-browser), emptying it first. */
export async function buildPages(names: readonly string[], into = outDir): Promise<void> {
  await build({
    root: pagesDir,
    base: './',
    logLevel: 'warn',
    configFile: false,
    build: {
      outDir: into,
      emptyOutDir: true,
      target: 'es2023',
      // Readable stacks and profiles; the JIT does not care.
      minify: false,
      rolldownOptions: {
        input: Object.fromEntries(names.map((n) => [n, join(pagesDir, `${n}.html`)])),
      },
    },
  });
}

/** Builds the named pages, runs `work` with a browser session, and always cleans up. */
export async function runInBrowser<T>(
  pages: readonly string[],
  work: (session: BrowserSession) => Promise<T>,
): Promise<T> {
  if (!existsSync(chromiumPath))
    throw new Error(`No Chromium at ${chromiumPath} (set CHROMIUM_PATH).`);
  await buildPages(pages);
  const { server, url } = await serveStatic(outDir);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      ...chromiumArgs,
      // window.gc(), so a page can collect its own set-up garbage before a timed step.
      '--js-flags=--expose-gc',
    ],
  });
  try {
    return await work({
      browser,
      async open(name) {
        const page = await browser.newPage();
        page.on('pageerror', (error) => console.error(`[${name}] ${error.message}`));
        await page.goto(`${url}${name}.html`);
        return page;
      },
    });
  } finally {
    await browser.close();
    server.close();
  }
}

/** Calls `window[name](argument)` in the page and returns its (JSON-serialisable) result. */
export async function callInPage<T>(page: Page, name: string, argument: unknown): Promise<T> {
  // A page under a loaded machine can take more than the default 30 s to run its modules.
  await page.waitForFunction((fn) => fn in window, name, { timeout: 600_000 });
  return page.evaluate(
    ([fn, arg]) =>
      (window as unknown as Record<string, (a: unknown) => Promise<unknown>>)[fn]?.(arg),
    [name, argument] as const,
  ) as Promise<T>;
}
