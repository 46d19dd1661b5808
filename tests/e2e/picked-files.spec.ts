import { expect, test } from '@playwright/test';
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const story =
  'Harbour fees rise\n\nThe harbour board agreed on Monday to raise mooring fees for the first time in a decade, after a long meeting with the fishermen.';

test('a folder picked through the file input is read in the picked-file worker: articles added, each bad file named with its reason', async ({
  page,
}, info) => {
  const folder = info.outputPath('picked');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'harbour.txt'), story);
  writeFileSync(
    join(folder, 'millones.html'),
    readFileSync('tests/fixtures/news-pages/100noticias.com-millones.html'),
  );
  writeFileSync(join(folder, 'empty.txt'), '');
  writeFileSync(join(folder, 'picture.txt'), readFileSync('resources/icons/16x16.png'));
  // Over the 10 MB limit (sparse on disk): only its size is asked, its bytes never read.
  writeFileSync(join(folder, 'huge.txt'), '');
  truncateSync(join(folder, 'huge.txt'), 10 * 1024 * 1024 + 1);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your archive is empty' })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import folder…' }).first().click();
  await (await chooser).setFiles(folder);
  const summary = page.getByRole('status', { name: 'Import summary' });
  await expect(summary).toContainText('2 added, 0 new versions, 0 already archived, 3 failed', {
    timeout: 30_000,
  });
  await expect(summary).toContainText('picked/empty.txt: The file is empty.');
  await expect(summary).toContainText('picked/picture.txt: This is a PNG image');
  await expect(summary).toContainText(
    'picked/huge.txt: It is 10.0 MB; Verso imports articles up to 10.0 MB.',
  );
  expect(workers.filter((url) => /picked-file-worker/.test(url))).toHaveLength(1);
  await summary.getByRole('button', { name: 'Dismiss' }).click();
  const titles = page.locator('.article-row .article-title');
  await expect(titles).toHaveCount(2);
  await expect(titles.filter({ hasText: 'Harbour fees rise' })).toHaveCount(1);
});
