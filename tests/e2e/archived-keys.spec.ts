import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const story = (title: string, line: string): string =>
  `${title}\n\n${line} The harbour board met on Monday to settle the dredging contract and its cost.\n\nFishermen asked why the quay would close for a season while the ferry kept its berth.`;

async function importFolder(page: Page, folder: string, said: RegExp): Promise<void> {
  // Shortcuts reach the app once its shell is in (the second part of the page's start, h23a).
  await expect(page.getByRole('button', { name: 'Import files…' }).first()).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+Shift+O');
  await (await chooser).setFiles(folder);
  const summary = page.getByRole('status', { name: 'Import summary' });
  await expect(summary).toContainText(said);
  await summary.getByRole('button', { name: 'Dismiss' }).click();
}

/**
 * The stamp the saved filter is current with (see archived-keys.ts): its row's, or that of the
 * keys saved since beside it, when they follow that row.
 */
const savedStamp = (page: Page): Promise<string | null> =>
  page.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('verso');
        open.onerror = () => reject(new Error('could not open the archive'));
        open.onsuccess = () => {
          const store = open.result.transaction('archivedKeys').objectStore('archivedKeys');
          const row = store.get('filter');
          const since = store.get('filter-since');
          since.onsuccess = () => {
            const base = row.result as { stamp?: string } | undefined;
            const after = since.result as { stamp?: string; base?: string } | undefined;
            open.result.close();
            const follows = base?.stamp !== undefined && after?.base === base.stamp;
            resolve((follows ? after.stamp : base?.stamp) ?? null);
          };
        };
      }),
  );

test('after a reload, the saved filter of archived keys still lets no repeat in', async ({
  page,
}, info) => {
  const folder = info.outputPath('harbour');
  mkdirSync(folder, { recursive: true });
  for (const n of ['one', 'two', 'three'])
    writeFileSync(join(folder, `${n}.txt`), story(`Harbour story ${n}`, `${n}.`));
  await page.goto('/');
  await importFolder(page, folder, /3 added, 0 new versions, 0 already archived/);
  // The next page open builds the filter from the archive and saves it (once the page is idle).
  await page.reload();
  await page.waitForFunction(
    () => performance.getEntriesByName('verso:archived-keys-ready').length > 0,
    null,
    { timeout: 20_000 },
  );
  const built = await savedStamp(page);
  expect(built).toMatch(/\|/);
  // The same three again, beside two new ones.
  writeFileSync(join(folder, 'four.txt'), story('Harbour story four', 'Four.'));
  writeFileSync(join(folder, 'one-later.txt'), story('Harbour story one', 'One, corrected.'));
  await importFolder(page, folder, /2 added, 0 new versions, 3 already archived, 0 failed/);
  await expect(page.getByRole('heading', { name: '5 articles' })).toBeVisible();
  // Saved again at the batch's end (the keys it added, beside the filter's row), at its new
  // stamp: the filter was current all through it.
  await expect.poll(() => savedStamp(page)).not.toBe(built);
});
