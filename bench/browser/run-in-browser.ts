/**
 * Reusable harness for browser figures: builds bench pages with Vite, serves them on loopback,
 * opens Debian's Chromium through playwright-core, and calls functions the pages put on `window`.
 * Pages live in bench/browser/pages/ (an .html beside its .ts); add one and open it by name.
 */
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';

const pagesDir = resolve('bench/browser/pages');
const outDir = resolve('out/bench-browser');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** The browser the figures come from: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A running browser with the bench pages served. */
export interface BrowserSession {
  readonly browser: Browser;
  /** Opens `pages/<name>.html` in a fresh page and waits until it has loaded. */
  open(name: string): Promise<Page>;
}

async function buildPages(names: readonly string[]): Promise<void> {
  await build({
    root: pagesDir,
    base: './',
    logLevel: 'warn',
    configFile: false,
    build: {
      outDir,
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

function serve(root: string): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
          .end(body),
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, port: typeof address === 'object' && address ? address.port : 0 });
    }),
  );
}

/** Builds the named pages, runs `work` with a browser session, and always cleans up. */
export async function runInBrowser<T>(
  pages: readonly string[],
  work: (session: BrowserSession) => Promise<T>,
): Promise<T> {
  if (!existsSync(chromiumPath))
    throw new Error(`No Chromium at ${chromiumPath} (set CHROMIUM_PATH).`);
  await buildPages(pages);
  const { server, port } = await serve(outDir);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
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
        await page.goto(`http://127.0.0.1:${port}/${name}.html`);
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
  await page.waitForFunction((fn) => fn in window, name);
  return page.evaluate(
    ([fn, arg]) =>
      (window as unknown as Record<string, (a: unknown) => Promise<unknown>>)[fn as string]?.(arg),
    [name, argument] as const,
  ) as Promise<T>;
}
