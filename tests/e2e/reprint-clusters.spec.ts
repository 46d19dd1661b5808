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
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText('3 added', {
    timeout: 30_000,
  });

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

  // The reader numbers the sample's echoes by the same two clusters.
  await page.getByRole('button', { name: 'Library' }).click();
  await page
    .getByRole('button', { name: /DEFENCE Secretary|000_7500752fa51d260b/ })
    .first()
    .click();
  const heads = page.locator('.echo-item-head');
  // Numbered in reading order: the quote is Cluster 1 — three echoes (within, and the Ledger's
  // copy with each of the sample's two) — and the £200m paragraph Cluster 2, five. The Ledger had
  // one echo over both paragraphs, counted with the £200m paragraph, which made that Cluster 1
  // although the quote comes first. Each cluster's echoes with other articles are one card: the
  // within echo of each, then one card for each cluster's printings elsewhere.
  await expect(heads).toHaveCount(4);
  await expect(heads.filter({ hasText: /^Cluster 1 .* · 3 copies$/ })).toHaveCount(2);
  await expect(heads.filter({ hasText: /^Cluster 2 .* · 4 copies$/ })).toHaveCount(2);
  const elsewhere = page.getByRole('region', { name: /^With the rest of the archive/ });
  await expect(elsewhere).toHaveAccessibleName('With the rest of the archive: 6');
  // Strongest first; the Ledger printed both paragraphs three days before the sample.
  await expect(elsewhere.locator('.echo-printings')).toHaveText([
    'Printed in 2 other articles from 2 sources, first on 20 Feb 2026 by Daily Ledger. List all 4',
    'Printed in 1 other article from 1 source, first on 20 Feb 2026 by Daily Ledger. List all 2',
  ]);
  await elsewhere.getByRole('button', { name: 'List all 4' }).click();
  await expect(elsewhere.getByRole('list', { name: 'Where else it was printed' })).toContainText(
    'Daily Ledger',
  );
  await expect(elsewhere.locator('li.printing')).toHaveCount(4);
  // The highlights carry the same numbers, ¹ on the quote and ² on the £200m paragraph (the
  // quote's "He continued:", inside the Ledger's echo alone, was marked ¹ as the £200m's).
  const marks = page.locator('.reader-text mark.echo-mark');
  await expect(marks.filter({ hasText: 'He continued:' }).first()).toHaveAttribute(
    'data-cluster',
    '1',
  );
  await expect(
    marks.filter({ hasText: 'I am proud that the UK is united' }).first(),
  ).toHaveAttribute('data-cluster', '1');
  await expect(marks.filter({ hasText: 'Among the latest supportive' }).first()).toHaveAttribute(
    'data-cluster',
    '2',
  );
  // Down the text (a number where each echo's passage starts, runs of one number said once):
  // the quote, the £200m paragraph, the quote's second copy, the £200m paragraph's second. The
  // Ledger's copy of the quote starts at "He continued: ‘", the sample's own at "I am proud":
  // the number was shown at both, side by side ("¹He continued: ‘¹I am proud").
  // The numbers are drawn by CSS from data-number (no text, so a copied passage has none).
  const numbers = await page
    .locator('.reader-text sup.cluster-number')
    .evaluateAll((sups) => sups.map((sup) => sup.getAttribute('data-number')));
  expect(numbers).toEqual(['1', '2', '1', '2']);
});
