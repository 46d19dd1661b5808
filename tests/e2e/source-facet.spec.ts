import { expect, test } from '@playwright/test';
import { importFiles } from './support/import-files';

// One paper as files name it: by its site name, and by its address where a page named no site.
const note = (i: number, source: string): string =>
  `---\ntitle: Harbour report ${i}\nsource: ${source}\ndate: 2026-03-0${i}\n---\n\nThe harbour wall report number ${i} was read to the council on Tuesday, and ${i} repairs were agreed.\n`;
const sources = [
  'Daily Ledger',
  'https://www.dailyledger.example/',
  'dailyledger.example',
  'Evening Courier',
];

test('the source filter lists a publisher once under all its spellings, counts and shows them all', async ({
  page,
}) => {
  await page.goto('/');
  await importFiles(
    page,
    sources.map((source, i) => ({
      name: `report-${i + 1}.md`,
      mimeType: 'text/markdown',
      buffer: Buffer.from(note(i + 1, source)),
    })),
  );
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText('4 added');
  const filter = page.getByRole('combobox', { name: 'Filter by source' });
  await expect(filter.getByRole('option')).toHaveText([
    'All sources',
    'Daily Ledger (3)',
    'Evening Courier (1)',
  ]);
  await filter.selectOption('Daily Ledger');
  const rows = page.locator('.article-row');
  await expect(rows).toHaveCount(3);
  for (const i of [1, 2, 3]) await expect(rows.getByText(`Harbour report ${i}`)).toBeVisible();
  // Search within the filter finds the paper under every spelling too.
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('harbour');
  await expect(rows).toHaveCount(3);
  await filter.selectOption('Evening Courier');
  await expect(rows).toHaveCount(1);
});
