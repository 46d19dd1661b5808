import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const story =
  'Harbour fees rise\n\nThe harbour board agreed on Monday to raise mooring fees for the first time in a decade, after a long meeting with the fishermen.';
const hugeBytes = 10 * 1024 * 1024 + 1;

/** The picked folder's files: two articles and three that fail, each for its own reason. */
const folderFiles = (): [string, Uint8Array][] => [
  ['harbour.txt', new TextEncoder().encode(story)],
  ['millones.html', readFileSync('tests/fixtures/news-pages/100noticias.com-millones.html')],
  ['empty.txt', new Uint8Array()],
  ['picture.txt', readFileSync('resources/icons/16x16.png')],
];

async function expectImported(page: Page): Promise<void> {
  const summary = page.getByRole('status', { name: 'Import summary' });
  await expect(summary).toContainText('2 added, 0 new versions, 0 already archived, 3 failed', {
    timeout: 30_000,
  });
  await expect(summary).toContainText('picked/empty.txt: The file is empty.');
  await expect(summary).toContainText('picked/picture.txt: This is a PNG image');
  // Over the 10 MB limit: only its size is asked, its bytes never read.
  await expect(summary).toContainText(
    'picked/huge.txt: It is 10.0 MB; Verso imports articles up to 10.0 MB.',
  );
  await summary.getByRole('button', { name: 'Dismiss' }).click();
  const titles = page.locator('.article-row .article-title');
  await expect(titles).toHaveCount(2);
  await expect(titles.filter({ hasText: 'Harbour fees rise' })).toHaveCount(1);
}

test('a folder picked through the File System Access picker: articles added, each bad file named with its reason', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your archive is empty' })).toBeVisible();
  // Real handles in the origin-private file system, handed over by a stand-in picker (the test
  // browser has the pickers switched off: see file-access.spec.ts).
  await page.evaluate(
    async ([files, huge]) => {
      const root = await navigator.storage.getDirectory();
      const picked = await root.getDirectoryHandle('picked', { create: true });
      for (const [name, bytes] of files) {
        const out = await (await picked.getFileHandle(name, { create: true })).createWritable();
        await out.write(new Uint8Array(bytes));
        await out.close();
      }
      const out = await (await picked.getFileHandle('huge.txt', { create: true })).createWritable();
      await out.truncate(huge);
      await out.close();
      Object.assign(window, { showDirectoryPicker: async () => picked });
    },
    [folderFiles().map(([name, bytes]) => [name, [...bytes]] as const), hugeBytes] as const,
  );
  await page.getByRole('button', { name: 'Import folder…' }).first().click();
  await expectImported(page);
});

test('a folder picked through the file input: articles added, each bad file named with its reason', async ({
  page,
}, info) => {
  const folder = info.outputPath('picked');
  mkdirSync(folder, { recursive: true });
  for (const [name, bytes] of folderFiles()) writeFileSync(join(folder, name), bytes);
  writeFileSync(join(folder, 'huge.txt'), '');
  truncateSync(join(folder, 'huge.txt'), hugeBytes);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your archive is empty' })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import folder…' }).first().click();
  await (await chooser).setFiles(folder);
  await expectImported(page);
});
