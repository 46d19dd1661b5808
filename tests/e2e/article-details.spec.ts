import { expect, test } from '@playwright/test';
import { importFiles } from './support/import-files';
import { railWire } from './support/wire-stories';

// A wire story kept as two .txt files: the Ledger's printing names its paper and date in header
// lines; the wire's own copy names nothing, until the person corrects its details in the reader.
const files = [
  {
    name: 'ledger.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      `Source: Daily Ledger\nDate: 2026-03-03\nTitle: Rail line to reopen\n\n${railWire}\n\nThe Ledger's readers in the harbour town have waited a year for the news, and the council said it would hold a public meeting about the bus timetable next month.\n`,
    ),
  },
  {
    name: 'wire.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      `Coastal railway funding\n\n${railWire}\n\nThe authority's statement added that the contract for the new sea wall would be let in the spring, after a consultation with residents and the harbour board.\n`,
    ),
  },
];

test("an article's source and date corrected in the reader move who printed it first", async ({
  page,
}) => {
  await page.goto('/');
  await importFiles(page, files);
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText('2 added');
  const filter = page.getByRole('combobox', { name: 'Filter by source' });
  await expect(filter.getByRole('option')).toHaveText(['All sources', 'Daily Ledger (1)']);

  // The scan stored before the edit names the only dated, named printing as the first.
  await page.getByRole('button', { name: 'Strongest echoes' }).click();
  const rows = page.getByRole('list', { name: 'Clusters' }).getByRole('listitem');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAccessibleName(/first on 3 Mar 2026 by Daily Ledger/);

  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'Coastal railway funding' }).click();
  await page.getByRole('button', { name: 'Edit details' }).click();
  const source = page.getByRole('textbox', { name: 'Source' });
  await expect(source).toBeFocused();
  await source.fill('Press Wire');
  const published = page.getByRole('textbox', { name: 'Published' });
  await published.fill('the first of March');
  await published.press('Enter');
  // A date Verso cannot read is said, and nothing is saved.
  await expect(page.getByRole('alert')).toContainText('is not a date Verso reads');
  await expect(published).toBeFocused();
  await expect(published).toHaveAttribute('aria-invalid', 'true');
  await published.fill('2026-03-01');
  await published.press('Enter');
  await expect(page.getByRole('form', { name: 'Article details' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit details' })).toBeFocused();
  const facts = page.locator('.reader-meta > p.muted');
  await expect(facts).toContainText('Press Wire');
  await expect(facts).toContainText('published Mar 1, 2026');

  await page.getByRole('button', { name: 'Strongest echoes' }).click();
  await expect(rows.first()).toHaveAccessibleName(/first on 1 Mar 2026 by Press Wire/);
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(filter.getByRole('option')).toHaveText([
    'All sources',
    'Daily Ledger (1)',
    'Press Wire (1)',
  ]);
  await page.reload();
  await expect(filter.getByRole('option')).toHaveText([
    'All sources',
    'Daily Ledger (1)',
    'Press Wire (1)',
  ]);

  // Escape abandons an edit; Undo puts a saved one back.
  await page.getByRole('button', { name: 'Coastal railway funding' }).click();
  await page.getByRole('button', { name: 'Edit details' }).click();
  await source.fill('Thrown away');
  await source.press('Escape');
  await expect(facts).toContainText('Press Wire');
  await page.getByRole('button', { name: 'Edit details' }).click();
  await source.fill('Morning Post');
  await source.press('Enter');
  await expect(facts).toContainText('Morning Post');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(facts).toContainText('Press Wire');
  await expect(facts).not.toContainText('Morning Post');
});

// Two versions of one Ledger article (one address), the second edited a day later.
const versions = [
  { name: 'ledger-v1.txt', title: 'Rail line to reopen', date: '2026-03-03', extra: '' },
  {
    name: 'ledger-v2.txt',
    title: 'Rail line to reopen in the autumn',
    date: '2026-03-04',
    extra: ' The council has since confirmed the bus timetable for the months in between.',
  },
].map(({ name, title, date, extra }) => ({
  name,
  mimeType: 'text/plain',
  buffer: Buffer.from(
    `Source: Daily Ledger\nURL: https://dailyledger.example/rail\nDate: ${date}\nTitle: ${title}\n\n${railWire}${extra}\n`,
  ),
}));

test("a version named another paper's leaves its story, and Undo puts it back", async ({
  page,
}) => {
  await page.goto('/');
  await importFiles(page, versions);
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText(
    '1 added, 1 new version',
  );
  await page.getByRole('button', { name: 'Rail line to reopen in the autumn' }).click();
  await expect(page.getByText(/^Version 2/)).toBeVisible();
  const source = page.getByRole('textbox', { name: 'Source' });
  // Its own paper respelled: still a version of the story.
  await page.getByRole('button', { name: 'Edit details' }).click();
  await source.fill('DAILY LEDGER');
  await source.press('Enter');
  await expect(page.getByText("Saved the article's source.", { exact: true })).toBeVisible();
  await expect(page.getByText(/^Version 2/)).toBeVisible();
  await page.getByRole('button', { name: 'Edit details' }).click();
  await source.fill('Evening Star');
  await source.press('Enter');
  await expect(page.getByText(/now an article of its own/)).toBeVisible();
  await expect(page.getByText(/^Version 2/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(/^Version 2/)).toBeVisible();
  await expect(page.locator('.reader-meta > p.muted')).toContainText('DAILY LEDGER');
});
