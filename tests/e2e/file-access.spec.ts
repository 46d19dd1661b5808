import { expect, test, type Page } from '@playwright/test';
import { sampleText, unrelatedText } from '../support/near-copy-texts';

// The File System Access pickers cannot be answered by Playwright (no `filechooser` event), and
// the test browser runs with them switched off (scripts/chromium.ts). So the page is given
// pickers that hand over REAL handles — files this test writes into the origin-private file
// system — and the app takes its picker path: real handles, real reads, the real import.

/** Writes the files into the page's origin-private file system and puts in pickers over them. */
async function givePickers(page: Page): Promise<void> {
  await page.evaluate(
    async ([sample, unrelated]) => {
      const root = await navigator.storage.getDirectory();
      const write = async (dir: FileSystemDirectoryHandle, name: string, text: string) => {
        const handle = await dir.getFileHandle(name, { create: true });
        const out = await handle.createWritable();
        await out.write(text);
        await out.close();
        return handle;
      };
      const picked = await root.getDirectoryHandle('picked', { create: true });
      await write(picked, 'healey.txt', sample);
      await write(await picked.getDirectoryHandle('more', { create: true }), 'rail.txt', unrelated);
      const single = await write(root, 'note.txt', 'Council notes\n\n' + unrelated.slice(0, 400));
      const w = window as unknown as Record<string, unknown>;
      w.__picks = [];
      w.showDirectoryPicker = async (options: unknown) => {
        (w.__picks as unknown[]).push(['folder', options]);
        return picked;
      };
      w.showOpenFilePicker = async (options: { multiple?: boolean }) => {
        (w.__picks as unknown[]).push(['files', options.multiple]);
        if (w.__cancelNext) {
          w.__cancelNext = false;
          throw new DOMException('The user aborted a request.', 'AbortError');
        }
        return [single];
      };
    },
    [sampleText, unrelatedText] as const,
  );
}

test('Import folder… and Import files… through the File System Access pickers read real handles; a closed picker imports nothing', async ({
  page,
}) => {
  let inputsOpened = 0;
  page.on('filechooser', () => inputsOpened++);
  await page.goto('/');
  await givePickers(page);
  const summary = page.getByRole('status', { name: 'Import summary' });

  await page.getByRole('button', { name: 'Import folder…' }).first().click();
  await expect(summary).toContainText('2 added');
  await summary.getByRole('button', { name: 'Dismiss' }).click();
  const titles = page.locator('.article-row .article-title');
  await expect(titles).toHaveCount(2);
  await expect(titles.filter({ hasText: 'DEFENCE Secretary John Healey' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await expect(summary).toContainText('1 added');
  await summary.getByRole('button', { name: 'Dismiss' }).click();
  await expect(titles).toHaveCount(3);
  await expect(titles.filter({ hasText: 'Council notes' })).toHaveCount(1);

  await page.evaluate(() => Object.assign(window, { __cancelNext: true }));
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __picks: unknown[] }).__picks.length))
    .toBe(3);
  await expect(summary).toHaveCount(0);
  await expect(titles).toHaveCount(3);
  expect(await page.evaluate(() => (window as unknown as { __picks: unknown[] }).__picks)).toEqual([
    ['folder', { mode: 'read' }],
    ['files', true],
    ['files', true],
  ]);
  // The file input was never opened: every file came through the pickers' handles.
  expect(inputsOpened).toBe(0);
});
