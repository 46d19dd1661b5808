import { expect, test } from '@playwright/test';
import { importFiles } from './support/import-files';

const story =
  'Harbour fees rise\n\nThe harbour board agreed on Monday to raise mooring fees for the first time in a decade, after a long meeting with the fishermen.';

test('the empty archive offers Import URL…; an import’s failures survive a reload until dismissed, and a one-word file is kept with a note', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your archive is empty' })).toBeVisible();
  // The first screen offers the three imports the library's toolbar offers later (q24 item 9).
  await page.getByRole('button', { name: 'Import URL…' }).click();
  const urlDialog = page.getByRole('dialog', { name: 'Import from a URL' });
  await expect(urlDialog.getByLabel('Address of the page')).toBeFocused();
  await urlDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(urlDialog).toHaveCount(0);

  await importFiles(page, [
    { name: 'empty.html', mimeType: 'text/html', buffer: Buffer.alloc(0) },
    // q24's utf16.txt: a byte order mark and "Hi" in UTF-16.
    {
      name: 'utf16.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0xff, 0xfe, 0x48, 0, 0x69, 0]),
    },
    { name: 'harbour.txt', mimeType: 'text/plain', buffer: Buffer.from(story) },
  ]);
  const summary = page.getByRole('status', { name: 'Import summary' });
  await expect(summary).toContainText('2 added, 0 new versions, 0 already archived, 1 failed');
  await expect(summary).toContainText(
    'utf16.txt: Only 1 word — kept, but it may not be an article.',
  );

  // A reload keeps which file failed and why, on the library, until it is dismissed.
  await page.reload();
  await expect(page.getByRole('heading', { name: '2 articles' })).toBeVisible();
  const kept = page.getByRole('status', { name: 'Last import’s failures' });
  await expect(kept).toContainText('could not read one item');
  await expect(kept.getByRole('listitem')).toHaveText(['empty.html: The file is empty.']);
  // Another tab of the same archive shows them too, and loses them when this one dismisses them.
  const other = await page.context().newPage();
  await other.goto('/');
  await expect(other.getByRole('heading', { name: '2 articles' })).toBeVisible();
  const keptThere = other.getByRole('status', { name: 'Last import’s failures' });
  await expect(keptThere).toContainText('could not read one item');
  await kept.getByRole('button', { name: 'Dismiss' }).click();
  await expect(kept).toHaveCount(0);
  await expect(keptThere).toHaveCount(0);
  await other.close();
  await page.reload();
  await expect(page.getByRole('heading', { name: '2 articles' })).toBeVisible();
  await expect(kept).toHaveCount(0);
});
