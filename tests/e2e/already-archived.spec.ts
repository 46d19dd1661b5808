import { expect, test } from '@playwright/test';
import { importFiles } from './support/import-files';
import { railWire } from './support/wire-stories';

// The Ledger's article saved twice, the second copy dated a week later: the same text from the
// same paper is already archived, and the summary says which article holds it.
const copy = (name: string, date: string) => ({
  name,
  mimeType: 'text/plain',
  buffer: Buffer.from(
    `Source: Daily Ledger\nDate: ${date}\nTitle: Rail line to reopen\n\n${railWire}\n`,
  ),
});

test('a repeat names the archived article it matched, and opens it', async ({ page }) => {
  await page.goto('/');
  await importFiles(page, [copy('ledger.txt', '2026-03-03')]);
  const summary = page.getByRole('status', { name: 'Import summary' });
  await expect(summary).toContainText('1 added');
  await summary.getByRole('button', { name: 'Dismiss' }).click();
  await importFiles(page, [copy('ledger-saved-again.txt', '2026-03-10')]);
  await expect(summary).toContainText('0 added, 0 new versions, 1 already archived');
  await summary.getByText('Which one was already archived').click();
  const row = summary.getByRole('listitem');
  await expect(row).toContainText(
    'ledger-saved-again.txt: its text was archived before, as “Rail line to reopen” (Daily Ledger, Mar 3, 2026)',
  );
  await row.getByRole('link', { name: 'Open it' }).click();
  await expect(page).toHaveURL(/#\/article\//);
  await expect(page.locator('.reader-meta > p.muted')).toContainText('published Mar 3, 2026');
});
