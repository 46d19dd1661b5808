import { expect, test } from '@playwright/test';
import { importFiles } from './support/import-files';
import { selectInReader } from './support/story';

// The sample prints Healey's quote twice, the second time edited ("that we are" for "we’re"); a
// wire copy dated three days earlier edits it again. The quoted-phrase search finds neither copy
// from the first; "Find copies" (or c) finds both, the earliest first.
const firstQuote =
  'I am proud that the UK is united for Ukraine. I am proud of the highest ever level of military support we’re providing this year.';
const wire = `---\ntitle: Healey pledges support\nsource: Wire Service\ndate: 2026-02-20\n---\n\nThe Defence Secretary spoke in Kyiv. ‘I am proud that Britain is united for Ukraine. I am proud of the highest ever level of military support we are providing this year,’ he said.\n`;

test('the copies of a passage selected in the reader are found, edited ones too, oldest first', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  const echo = page.locator('.reader-text .echo-mark').first();
  await expect(echo).toBeVisible();
  await selectInReader(page, firstQuote);
  await page.keyboard.press('c');
  const copies = page.getByRole('region', { name: 'Copies of the selected passage' });
  await expect(copies).toContainText(/1 copy in 1 article from 1 source/);
  const rows = copies.getByRole('listitem');
  await expect(rows).toHaveCount(1);
  await rows.getByRole('button', { name: /^Show this copy: this article, paragraph \d+$/ }).click();
  await expect(page).toHaveURL(/#\/article\/[^/]+\/\d+-\d+$/);
  const shown = page.locator('.reader-text .passage-shown');
  await expect(shown.first()).toContainText('support that we are providing');

  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await importFiles(page, [
    { name: 'wire.md', mimeType: 'text/markdown', buffer: Buffer.from(wire) },
  ]);
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText('1 added');
  await page
    .getByRole('button', { name: /DEFENCE Secretary John Healey/ })
    .first()
    .click();
  await expect(echo).toBeVisible();
  await selectInReader(page, firstQuote);
  await page.getByRole('button', { name: 'Find copies' }).click();
  await expect(copies).toContainText(
    /2 copies in 2 articles from 2 sources, first on 20 Feb 2026 by Wire Service/,
  );
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Wire Service');
  await expect(rows.first()).toContainText('Healey pledges support');
  await expect(rows.nth(1)).toContainText('this article');
  await page.screenshot({ path: 'test-results/passage-copies.png' });
  await copies.getByRole('button', { name: 'Close' }).click();
  await expect(copies).toHaveCount(0);
});
