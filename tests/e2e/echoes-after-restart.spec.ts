import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { importFiles } from './support/import-files';

const sample = readFileSync('seeds/000_7500752fa51d260b.txt');
const paragraphs = sample.toString('utf8').split(/\n\s*\n/);
const quoted = (start: string): string => paragraphs.find((p) => p.includes(start))?.trim() ?? '';

const article = (title: string, source: string, body: readonly string[]): Buffer =>
  Buffer.from(['---', `title: ${title}`, `source: ${source}`, '---', '', ...body].join('\n\n'));

// A paper reprints two of the sample's paragraphs; another prints nothing of it.
const reprint = article('Ministers weigh a peacekeeping role', 'Daily Ledger', [
  'Officials in Whitehall spent the weekend drafting plans for a force that may never be sent.',
  quoted('coalition of the willing'),
  quoted('Last month, he travelled'),
]);
const unrelated = article('Harvest festival returns to the valley', 'Valley Gazette', [
  'Stalls of apples, cider and cheese lined the high street on Saturday as the festival returned.',
  'Organisers said more than four thousand visitors came, twice the number of the year before.',
]);

/** Counts the articles the page has its echo worker read from the archive (by id, in a scan). */
async function countSentArticles(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const sent: string[] = [];
    Object.assign(window, { sentToEchoWorker: sent });
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: never[]) {
      const asked = message as { kind?: string; read?: { ids?: string[] } };
      if (asked.kind === 'scan' && asked.read?.ids) for (const id of asked.read.ids) sent.push(id);
      return post.call(this, message, ...rest);
    } as typeof Worker.prototype.postMessage;
  });
}

const sentArticles = (page: Page): Promise<number> =>
  page.evaluate(
    () => (window as unknown as { sentToEchoWorker: string[] }).sentToEchoWorker.length,
  );

async function openArticle(page: Page, title: RegExp): Promise<void> {
  await page.goto('/#/');
  await page.getByRole('button', { name: title }).first().click();
}

test("reader: after a restart, an article's echoes with others come from the stored scan without reading the archive", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await countSentArticles(page);
  await page.goto('/');
  await importFiles(page, [
    { name: '000_7500752fa51d260b.txt', mimeType: 'text/plain', buffer: sample },
    { name: 'ledger.md', mimeType: 'text/markdown', buffer: reprint },
    { name: 'valley.md', mimeType: 'text/markdown', buffer: unrelated },
  ]);
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText('3 added');

  // No archive-wide scan yet: the reader reads the whole archive into the worker, as before.
  await openArticle(page, /Ministers weigh a peacekeeping role/);
  await expect(page.getByRole('region', { name: /^With the rest of the archive/ })).toBeVisible();
  expect(await sentArticles(page)).toBe(3);

  // The archive scanned and stored; then the app restarts (a new page: a new, empty worker).
  await page.goto('/#/');
  await page.getByRole('button', { name: 'Strongest echoes' }).click();
  await expect(page.getByRole('list', { name: 'Clusters' })).toBeVisible({ timeout: 60_000 });
  await page.close();
  const again = await context.newPage();
  await countSentArticles(again);
  const problems: string[] = [];
  again.on('pageerror', (error) => problems.push(error.message));

  await openArticle(again, /DEFENCE Secretary/);
  const across = again.getByRole('region', { name: /^With the rest of the archive/ });
  await expect(across).toBeVisible();
  await expect(across).toContainText('Ministers weigh a peacekeeping role');
  // Only the Ledger, the one article the stored scan found sharing its passages, was read.
  expect(await sentArticles(again)).toBe(1);
  expect(problems).toEqual([]);
});
