import { expect, test } from '@playwright/test';
import { importFiles } from './support/import-files';
import { selectInReader } from './support/story';

// One quote printed by two papers, one contracting "we are", and a third paper that holds the
// same words apart. "Search the archive" over the quote in one lists both printings, not the third.
const stories = [
  {
    title: 'Healey in Kyiv',
    body: 'He said: ‘I am proud of the highest ever level of military support we’re providing this year.’',
  },
  {
    title: 'Defence Secretary visits Ukraine',
    body: 'While there, Healey said: ‘I am proud of the highest ever level of military support we are providing this year.’',
  },
  {
    title: 'Budget week',
    body: 'We are proud, the minister said, of providing support this year at the highest level ever.',
  },
];

test('a passage selected in the reader is searched across the archive, by button or by s', async ({
  page,
}) => {
  await page.goto('/');
  await importFiles(
    page,
    stories.map((s, i) => ({
      name: `story-${i}.md`,
      mimeType: 'text/markdown',
      buffer: Buffer.from(`---\ntitle: ${s.title}\nsource: Wire ${i}\n---\n\n${s.body}\n`),
    })),
  );
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText('3 added');
  const search = page.getByRole('searchbox', { name: 'Search the archive' });
  const titles = page.locator('.article-row .article-title');
  // A search left in the library is replaced by the passage's.
  await search.fill('Budget');
  await expect(titles).toHaveText(['Budget week']);
  await search.fill('');

  await page
    .getByRole('button', { name: /Healey in Kyiv/ })
    .first()
    .click();
  // The quote is an echo of the other paper's: its mark re-renders the text, so select after it.
  const echo = page.locator('.reader-text .echo-mark').first();
  await expect(echo).toBeVisible();
  await selectInReader(page, 'highest ever level of military support we’re providing');
  await page.getByRole('button', { name: 'Search the archive' }).click();
  await expect(search).toHaveValue('"highest ever level of military support we’re providing"');
  await expect(titles).toHaveCount(2);
  await expect(titles).toContainText(['Healey in Kyiv', 'Defence Secretary visits Ukraine']);

  await page
    .getByRole('button', { name: /Defence Secretary visits Ukraine/ })
    .first()
    .click();
  await expect(echo).toBeVisible();
  await selectInReader(page, 'we are providing this year');
  await page.keyboard.press('s');
  await expect(search).toHaveValue('"we are providing this year"');
  await expect(titles).toHaveCount(2);
  await expect(titles).toContainText(['Healey in Kyiv', 'Defence Secretary visits Ukraine']);
});
