import { expect, test } from '@playwright/test';
import { importFiles } from './support/import-files';

// Four articles holding "step" and "down": one side by side, one across a line break, one in
// the title, one apart. A quoted phrase lists the first three only, through the search worker.
const stories = [
  { title: 'Chair to step down', body: 'The board met on Monday.' },
  { title: 'Minister under pressure', body: 'The minister will step down next week.' },
  { title: 'Hall of fame', body: 'They had to step\ndown from the stage.' },
  { title: 'Prices fall', body: 'Prices went down again; the next step is unclear.' },
];

test('a quoted phrase lists only articles with its words side by side', async ({ page }) => {
  await page.goto('/');
  await importFiles(
    page,
    stories.map((s, i) => ({
      name: `story-${i}.md`,
      mimeType: 'text/markdown',
      buffer: Buffer.from(`---\ntitle: ${s.title}\nsource: Wire\n---\n\n${s.body}\n`),
    })),
  );
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText('4 added');
  const search = page.getByRole('searchbox', { name: 'Search the archive' });
  const titles = page.locator('.article-row .article-title');

  await search.fill('step down');
  await expect(titles).toHaveCount(4);
  await search.fill('“step down”');
  await expect(titles).toHaveCount(3);
  await expect(titles).not.toContainText(['Prices fall']);
  await expect(page.locator('.library-count')).toContainText('3 shown');
  // The phrase is marked whole where it stands, across the line break too, not word by word.
  const snippetOf = (title: string) =>
    page.locator('.article-row').filter({ hasText: title }).locator('.article-snippet mark');
  await expect(snippetOf('Minister under pressure')).toHaveText(['step down']);
  await expect(snippetOf('Hall of fame')).toHaveText(['step down']);
  await search.fill('"down step"');
  await expect(page.getByText('No article matches.')).toBeVisible();
});
