import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  countRemote,
  executedMark,
  probe,
  vectorMark,
  vectorPage,
  withoutAppCsp,
  withoutCsp,
  type Tally,
} from './support/hostile-harness';
import {
  activeContent,
  compareAndExport,
  loadAndCheck,
  readAndExport,
  type Exported,
  type Visit,
} from './support/hostile-page';

/*
 * DOMPurify's XSS/mXSS vectors (Apache-2.0 / MPL-2.0) through every surface where imported HTML
 * is shown or written: the reader, the article's HTML export, the compare report, and the same
 * articles restored from a backup whose HTML is the raw payloads. The vector set is the test
 * fixture, read in place from the project's shared corpora as their README asks. Every CSP is
 * removed (the app's and the exported files'), so what is counted is the sanitiser's work.
 */
const vectorsFile = resolve('../shared/corpora/dompurify-vectors/expect.mjs');

type Surface = 'import' | 'reader' | 'article export' | 'compare report' | 'restored backup';

async function openContext(
  browser: Browser,
  origin: string,
  current: () => Tally,
): Promise<BrowserContext> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(probe);
  await context.addInitScript(`window.__activeContent = ${activeContent.toString()};`);
  await countRemote(context, current);
  await withoutAppCsp(context, origin);
  return context;
}

function listen(page: Page, current: () => Tally): void {
  page.on('console', (message) => {
    if (message.text().startsWith(executedMark)) current().executions++;
  });
  page.on('dialog', (dialog) => {
    current().executions++;
    void dialog.dismiss();
  });
}

/** The archive's articles in vector order (their file names say which vector each holds). */
async function archived(page: Page): Promise<Visit[]> {
  const rows = await page.evaluate(
    () =>
      new Promise<Visit[]>((done, fail) => {
        const open = indexedDB.open('verso');
        open.onerror = () => fail(new Error('no database'));
        open.onsuccess = () => {
          const all = open.result.transaction('articles').objectStore('articles').getAll();
          type Row = { id: string; title: string; origin: { name?: string } };
          all.onsuccess = () =>
            done(
              (all.result as Row[]).map(({ id, title, origin }) => ({
                id,
                title,
                name: origin.name ?? '',
              })),
            );
        };
      }),
  );
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

const vectorOf = (name: string): number => Number(/^vector-(\d+)/.exec(name)?.[1] ?? -1);

/** Serves each exported file (its CSP removed) at an address of the app's origin and loads them. */
async function openExports(context: BrowserContext, origin: string, files: readonly Exported[]) {
  const viewer = await context.newPage();
  await viewer.route(`${origin}/__viewer`, (route) =>
    route.fulfill({ body: '<!doctype html><title>viewer</title>', contentType: 'text/html' }),
  );
  await viewer.route(`${origin}/__exported/*`, (route) => {
    const n = Number(route.request().url().split('/').pop());
    return route.fulfill({ body: withoutCsp(files[n]?.html ?? ''), contentType: 'text/html' });
  });
  return viewer;
}

async function exportsRun(
  context: BrowserContext,
  origin: string,
  files: readonly Exported[],
  current: () => Tally,
): Promise<string[]> {
  const viewer = await openExports(context, origin, files);
  listen(viewer, current);
  await viewer.goto(`${origin}/__viewer`);
  const addresses = files.map(({ from }, n) => ({ url: `${origin}/__exported/${n}`, from }));
  const findings = await viewer.evaluate(loadAndCheck, addresses);
  await viewer.close();
  return findings;
}

test('DOMPurify vectors: no execution and no remote request on any surface', async ({
  browser,
  baseURL,
}) => {
  test.skip(!existsSync(vectorsFile), `${vectorsFile} is absent: the shared corpora hold it`);
  test.setTimeout(300_000);
  const vectors = (
    (await import(pathToFileURL(vectorsFile).href)) as { default: { payload: string }[] }
  ).default;
  const origin = new URL(baseURL ?? '').origin;
  const tallies = new Map<Surface, Tally>();
  let surface: Surface = 'import';
  const current = (): Tally => {
    const tally = tallies.get(surface) ?? { tried: 0, executions: 0, remote: 0, findings: [] };
    tallies.set(surface, tally);
    return tally;
  };

  const context = await openContext(browser, origin, current);
  const page = await context.newPage();
  listen(page, current);
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (
    await chooser
  ).setFiles(
    vectors.map(({ payload }, n) => ({
      name: `vector-${String(n).padStart(3, '0')}.html`,
      mimeType: 'text/html',
      buffer: Buffer.from(vectorPage(n, payload)),
    })),
  );
  const summary = page.getByRole('status', { name: 'Import summary' });
  await expect(summary).toBeVisible({ timeout: 180_000 });
  const articles = await archived(page);
  current().tried = vectors.length;
  // Some vectors leave a page where no article is found: refused with that reason, the batch
  // going on. The restored backup below carries those too.
  expect(articles.length).toBeGreaterThan(vectors.length * 0.8);

  const t0 = Date.now();
  const lap = (what: string) => console.log(`${what}: ${Date.now() - t0} ms`);
  lap('imported');
  surface = 'reader';
  const read = await page.evaluate(readAndExport, articles);
  current().tried = read.shown;
  current().findings.push(...read.findings);
  lap('read');
  surface = 'article export';
  current().tried = read.exports.length;
  current().findings.push(...(await exportsRun(context, origin, read.exports, current)));

  lap('exports checked');
  surface = 'compare report';
  const pairs = articles.flatMap((a, i) => {
    const b = articles[i + 1];
    return i % 2 === 0 && b ? [[a, b] as const] : [];
  });
  const reports = await page.evaluate(compareAndExport, pairs);
  lap('compared');
  current().tried = reports.length;
  current().findings.push(...(await exportsRun(context, origin, reports, current)));

  // A hostile backup: this archive, with each article's HTML replaced by its raw page and a
  // refresh to a remote site in front (with the export's CSP it still navigated before issue 9).
  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  const before = await page.evaluate(() => (window as unknown as { __saved: [] }).__saved.length);
  await page.getByRole('button', { name: 'Export archive…' }).click();
  const backupText = await page.evaluate(async (at) => {
    const saved = (window as unknown as { __saved: { blob: Blob }[] }).__saved;
    while (saved.length <= at) await new Promise((done) => setTimeout(done, 20));
    return (saved[at] as { blob: Blob }).blob.text();
  }, before);
  await context.close();
  type BackupArticle = Record<string, unknown> & { html: string; origin: { name: string } };
  const backup = JSON.parse(backupText) as { articles: BackupArticle[] };
  const template = backup.articles[0] as BackupArticle;
  // The vectors import refused (no article in the page) go in as articles of their own, so the
  // restore sees all of them.
  const present = new Set(backup.articles.map((a) => vectorOf(a.origin.name)));
  vectors.forEach((_, n) => {
    if (present.has(n)) return;
    const name = `vector-${String(n).padStart(3, '0')}.html`;
    const text = `${vectorMark(n)} begins. It stands for a vector no article was found in.`;
    const origin = { ...template.origin, name };
    backup.articles.push({ ...template, id: `added-${n}`, title: `Vector ${n}`, text, origin });
  });
  for (const article of backup.articles) {
    const n = vectorOf(article.origin.name);
    const raw = vectorPage(n, vectors[n]?.payload ?? '');
    article.html = `<meta http-equiv="refresh" content="0;url=https://refresh.example/">${raw}`;
    article.storyId = '';
  }

  lap('backup made');
  surface = 'restored backup';
  const restored = await openContext(browser, origin, current);
  const fresh = await restored.newPage();
  listen(fresh, current);
  await fresh.goto('/');
  await fresh.getByRole('button', { name: 'Archive', exact: true }).click();
  const restoreChooser = fresh.waitForEvent('filechooser');
  await fresh.getByRole('button', { name: 'Restore from backup…' }).click();
  await (
    await restoreChooser
  ).setFiles({
    name: 'hostile-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await expect(fresh.getByText(/^Restored: \d+ articles? added/)).toBeVisible({ timeout: 60_000 });
  await fresh.getByRole('button', { name: 'Close' }).click();
  lap('restored');
  const back = await archived(fresh);
  expect(back).toHaveLength(vectors.length);
  const again = await fresh.evaluate(readAndExport, back);
  current().tried = again.shown;
  current().findings.push(...again.findings);
  current().findings.push(...(await exportsRun(restored, origin, again.exports, current)));
  lap('restored checked');
  await restored.close();

  // The harness bites: raw payloads, unsanitised, are seen running, reaching out and present.
  const controlTally: Tally = { tried: 1, executions: 0, remote: 0, findings: [] };
  const control = await openContext(browser, origin, () => controlTally);
  const raw = `<img src=x onerror=alert(1)><img src="https://remote.example/a.png"><iframe srcdoc="<script>print()</script>"></iframe>`;
  const caught = await exportsRun(
    control,
    origin,
    [{ from: 'control', html: raw }],
    () => controlTally,
  );
  await control.close();
  expect(caught.length).toBeGreaterThan(0);
  expect(controlTally.executions).toBeGreaterThan(0);
  expect(controlTally.remote).toBeGreaterThan(0);

  for (const [name, t] of tallies)
    console.log(
      `${name}: ${t.tried} tried, ${t.executions} executions, ${t.remote} remote requests, ${t.findings.length} active content`,
    );
  expect(read.shown).toBe(articles.length);
  expect(again.shown).toBe(vectors.length);
  expect(reports).toHaveLength(pairs.length);
  for (const [name, t] of tallies)
    expect({ name, executions: t.executions, remote: t.remote, findings: t.findings }).toEqual({
      name,
      executions: 0,
      remote: 0,
      findings: [],
    });
});
