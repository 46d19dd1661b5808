import { expect, test } from '@playwright/test';

// The founding case with two papers that reprint its paragraphs: the quote and the £200m
// paragraph are two rows of the clusters list.
test('clusters list: each row is named by its passage, and clicking the passage opens it', async ({
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
  await expect(list.getByRole('listitem')).toHaveCount(2);

  // A headline says copies, sources and who printed first, which two passages often share (a
  // quote and the paragraph after it, in every copy): the passage's words tell them apart.
  const quote = list.getByRole('button', {
    name: /^3 copies in 1 source.*: “He continued: ‘I am proud that the UK is united…”$/,
  });
  const money = list.getByRole('button', {
    name: /^4 copies in 2 sources.*: “Among the latest supportive measures being proposed by Britain is…”$/,
  });
  await expect(quote).toHaveCount(1);
  await expect(money).toHaveCount(1);

  // The passage, not only the headline, opens its cluster.
  await list.locator('.cluster-excerpt', { hasText: 'Among the latest supportive' }).click();
  await expect(page.getByRole('heading', { name: /^4 copies in 2 sources/ })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Every copy, earliest first' })).toBeVisible();
});
