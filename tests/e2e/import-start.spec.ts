import { expect, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The import pipeline's chunks (see importIntoArchive): loaded while the page is idle after its
// first screen, so a click on Import folder… does not wait to fetch and evaluate them.
const pipelineChunk = /\/assets\/(import-items|extract-link|store-link|read-file-link)-[\w-]+\.js$/;

test('the import pipeline is loaded before the first import is asked for, not after its click', async ({
  page,
}, info) => {
  const folder = info.outputPath('harbour');
  mkdirSync(folder, { recursive: true });
  for (const n of ['one', 'two'])
    writeFileSync(
      join(folder, `${n}.txt`),
      `Harbour story ${n}\n\nThe harbour board met on Monday to settle the dredging contract.`,
    );
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (pipelineChunk.test(request.url())) fetched.push(request.url());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your archive is empty' })).toBeVisible();
  // Nothing is clicked: the page loads the four chunks on its own once it is idle.
  await expect.poll(() => fetched.length, { timeout: 10_000 }).toBe(4);
  const before = fetched.length;
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+Shift+O');
  await (await chooser).setFiles(folder);
  const summary = page.getByRole('status', { name: 'Import summary' });
  await expect(summary).toContainText(/2 added/);
  expect(fetched.length).toBe(before);
});
