import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articleHtml, rssFeed, WatchSite } from '../support/watch-site';
import { vectorPage } from './support/hostile-harness';
import { importFiles, type PickedFile } from './support/import-files';

/*
 * Imported markup must never reach a document of the page where the app's CSP applies: Chromium
 * checks an event handler or a <base> against it even in an inert DOMParser document, and logs a
 * violation each time. Pages are read in the extract worker, which drops handlers before the
 * sanitiser parses the article in the page. Here the CSP stays on (the hostile specs remove it).
 */
const corpus = '../shared/corpora/readability-test-pages';
const vectorsFile = resolve('../shared/corpora/dompurify-vectors/expect.mjs');

interface Heard {
  readonly violations: string[];
  readonly errors: string[];
  readonly offOrigin: string[];
}

async function listen(page: Page, origin: string): Promise<Heard> {
  const heard: Heard = { violations: [], errors: [], offOrigin: [] };
  await page.exposeFunction('__violation', (what: string) => heard.violations.push(what));
  await page.addInitScript(() => {
    const report = (window as unknown as { __violation: (what: string) => void }).__violation;
    document.addEventListener('securitypolicyviolation', (event) =>
      report(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`),
    );
  });
  page.on('console', (message) => {
    if (message.type() === 'error') heard.errors.push(message.text());
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(blob|data):/.test(url)) heard.offOrigin.push(url);
  });
  return heard;
}

async function importAndHear(page: Page, origin: string, files: PickedFile[]): Promise<Heard> {
  const heard = await listen(page, origin);
  await page.goto('/');
  await importFiles(page, files);
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText(
    'Import finished',
    { timeout: 240_000 },
  );
  return heard;
}

const quiet: Heard = { violations: [], errors: [], offOrigin: [] };

test('importing the 130 Readability pages breaks no CSP rule and asks for nothing', async ({
  page,
  baseURL,
}) => {
  test.skip(!existsSync(corpus), `${corpus} is absent: the shared corpora hold it`);
  test.setTimeout(300_000);
  const files = readdirSync(corpus)
    .filter((name) => existsSync(join(corpus, name, 'source.html')))
    .map((name) => ({
      name: `${name}.html`,
      mimeType: 'text/html',
      buffer: readFileSync(join(corpus, name, 'source.html')),
    }));
  // 13 script-src-attr violations before the worker dropped handlers.
  expect(await importAndHear(page, new URL(baseURL ?? '').origin, files)).toEqual(quiet);
});

test('importing the DOMPurify vectors breaks no CSP rule and asks for nothing', async ({
  page,
  baseURL,
}) => {
  test.skip(!existsSync(vectorsFile), `${vectorsFile} is absent: the shared corpora hold it`);
  test.setTimeout(300_000);
  const vectors = (
    (await import(pathToFileURL(vectorsFile).href)) as { default: { payload: string }[] }
  ).default;
  const files = vectors.map(({ payload }, n) => ({
    name: `vector-${String(n).padStart(3, '0')}.html`,
    mimeType: 'text/html',
    buffer: Buffer.from(vectorPage(n, payload)),
  }));
  // 20 script-src-attr violations before.
  expect(await importAndHear(page, new URL(baseURL ?? '').origin, files)).toEqual(quiet);
});

test('importing the DOMPurify vectors as Markdown files breaks no CSP rule and asks for nothing', async ({
  page,
  baseURL,
}) => {
  test.skip(!existsSync(vectorsFile), `${vectorsFile} is absent: the shared corpora hold it`);
  test.setTimeout(300_000);
  const vectors = (
    (await import(pathToFileURL(vectorsFile).href)) as { default: { payload: string }[] }
  ).default;
  // Markdown keeps inline HTML (markdown-it, html: true): each payload as a block of its own and
  // inside a paragraph, with words enough to be an article.
  const files = vectors.map(({ payload }, n) => ({
    name: `vector-${String(n).padStart(3, '0')}.md`,
    mimeType: 'text/markdown',
    buffer: Buffer.from(
      `# Vector ${n}\n\nThe council met on Tuesday to hear the harbour plan read aloud.\n\n${payload}\n\nSee ${payload} in the minutes of the meeting.\n`,
    ),
  }));
  expect(await importAndHear(page, new URL(baseURL ?? '').origin, files)).toEqual(quiet);
});

const site = new WatchSite({ cors: true });
test.beforeAll(() => site.start());
test.afterAll(() => site.close());

test('a watched page with handlers is read off the page: no CSP violation, links still absolute', async ({
  page,
  baseURL,
}) => {
  const para = (n: number): string =>
    `<span onclick="track(${n})">The harbour board met for the ${n}th time to settle the cost of the sea walls, and the public gallery was full again.</span> See <a href="/plans/${n}" onmouseover="hover()">plan ${n}</a>.`;
  site.page('/news/walls', articleHtml('Sea walls costed', [1, 2, 3, 4].map(para)));
  site.page(
    '/feed.xml',
    rssFeed('The Harbour News', [
      { link: `${site.base}/news/walls`, title: 'Sea walls costed', guid: 'w' },
    ]),
    'application/rss+xml',
  );
  const heard = await listen(page, new URL(baseURL ?? '').origin);
  await page.goto('/');
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  await page.getByLabel('Address to watch').fill(`${site.base}/feed.xml`);
  await page.getByRole('button', { name: 'Watch', exact: true }).click();
  const source = page.getByRole('listitem', { name: 'The Harbour News' });
  await expect(source.getByText('1 article archived, 0 new versions.')).toBeVisible();
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'Sea walls costed' }).click();
  // The page's <base> was put in a DOMParser document (base-uri 'none') and its handlers parsed
  // there; now the worker's DOM resolves the links.
  await expect(page.getByRole('link', { name: 'plan 2' })).toHaveAttribute(
    'href',
    `${site.base}/plans/2`,
  );
  expect({
    ...heard,
    offOrigin: heard.offOrigin.filter((url) => !url.startsWith(site.base)),
  }).toEqual(quiet);
});
