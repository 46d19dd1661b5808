import { expect, test } from '@playwright/test';
import { importFiles } from './support/import-files';
import { selectInReader } from './support/story';

// The sample prints Healey's quote twice; a wire copy (see passage-copies.spec) edits it again.
const firstQuote =
  'I am proud that the UK is united for Ukraine. I am proud of the highest ever level of military support we’re providing this year.';
const wire = `---\ntitle: Healey pledges support\nsource: Wire Service\ndate: 2026-02-20\n---\n\nThe Defence Secretary spoke in Kyiv. ‘I am proud that Britain is united for Ukraine. I am proud of the highest ever level of military support we are providing this year,’ he said.\n`;

test("Find copies follows the archive: an import says to look again, a deleted copy leaves the list, the article's own copy is named by its paragraph", async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  await expect(page.locator('.reader-text .echo-mark').first()).toBeVisible({ timeout: 30_000 });
  await selectInReader(page, firstQuote);
  await page.getByRole('button', { name: 'Find copies' }).click();
  const copies = page.getByRole('region', { name: 'Copies of the selected passage' });
  const rows = copies.getByRole('listitem');
  await expect(rows).toHaveCount(1);
  const own = rows.getByRole('button', { name: /^Show this copy: this article, paragraph \d+$/ });
  await expect(own).toBeVisible();
  const paragraph = /paragraph (\d+)/.exec((await own.textContent()) ?? '')?.[1];
  expect(Number(paragraph)).toBeGreaterThan(1);
  // The same words the echo cards use for that copy.
  await expect(
    page.getByRole('button', { name: `Show this copy: paragraph ${paragraph}` }).first(),
  ).toBeVisible();
  const changed = copies.getByRole('status').filter({ hasText: 'The archive changed' });
  await expect(changed).toHaveCount(0);

  // Another tab imports the wire copy: the list says it is out of date, and Look again finds it.
  const other = await context.newPage();
  await other.goto('/#/');
  await expect(other.getByRole('button', { name: 'Import files…' }).first()).toBeVisible({
    timeout: 60_000,
  });
  await importFiles(other, [
    { name: 'wire.md', mimeType: 'text/markdown', buffer: Buffer.from(wire) },
  ]);
  await expect(other.getByRole('status', { name: 'Import summary' })).toContainText('1 added');
  await expect(changed).toHaveText('The archive changed since this lookup. Look again');
  await changed.getByRole('button', { name: 'Look again' }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Healey pledges support');
  await expect(changed).toHaveCount(0);

  // The other tab deletes it: it leaves the list at once, not a link that opens nothing.
  await other.goto('/#/');
  await other.getByRole('checkbox', { name: 'Select Healey pledges support' }).click();
  await other.getByRole('button', { name: 'Delete' }).click();
  await expect(other.getByRole('heading', { name: '1 article' })).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expect(copies).not.toContainText('Healey pledges support');
  await expect(changed).toBeVisible();
});
