import { expect, test } from '@playwright/test';

// The founding case with two papers that reprint its paragraphs (tests/fixtures/reprints): the
// Ledger prints the quote and the £200m paragraph back to back, the Post the £200m paragraph.
test('clusters: a paper reprinting two paragraphs back to back leaves them two clusters', async ({
  page,
}) => {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (
    await chooser
  ).setFiles([
    'seeds/000_7500752fa51d260b.txt',
    'tests/fixtures/reprints/ledger.html',
    'tests/fixtures/reprints/post.html',
  ]);
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText('3 added');

  await page.getByRole('button', { name: 'Strongest echoes' }).click();
  const list = page.getByRole('list', { name: 'Clusters' });
  // Was one row of 4 copies whose passage ran from the quote through the £200m paragraph.
  const money = list.getByRole('listitem', { name: /^4 copies in 2 sources/ });
  const quote = list.getByRole('listitem', { name: /^3 copies in 1 source/ });
  await expect(money).toContainText('Among the latest supportive measures');
  await expect(money).not.toContainText('I am proud');
  await expect(quote).toContainText('I am proud that the UK is united for Ukraine');
  await expect(quote).not.toContainText('Among the latest');
  await expect(list.getByRole('listitem')).toHaveCount(2);

  // The reader numbers the sample's echoes by the same two clusters (it had all seven as
  // "Cluster 1": the Ledger's echo spans both paragraphs and joined them).
  await page.getByRole('button', { name: 'Library' }).click();
  await page
    .getByRole('button', { name: /DEFENCE Secretary|000_7500752fa51d260b/ })
    .first()
    .click();
  const heads = page.locator('.echo-item-head');
  // Two echoes of the quote (within, and the Ledger's copy of it), five of the £200m paragraph
  // (the Ledger's echo over both is counted with it: most of its words are that paragraph).
  await expect(heads.filter({ hasText: '3 copies' })).toHaveCount(2);
  await expect(heads.filter({ hasText: '4 copies' })).toHaveCount(5);
  await expect(heads.filter({ hasText: 'Cluster 1' }).first()).toBeVisible();
  await expect(heads.filter({ hasText: 'Cluster 2' }).first()).toBeVisible();
});
