import { expect, test } from '@playwright/test';

test("the reader's echo list says where each copy is and shows the one clicked", async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  const echoes = page.getByRole('region', { name: /^Within this article: \d+$/ });
  const pounds = echoes.getByRole('listitem').filter({ hasText: '£200m' });
  // The two copies of the £200m paragraph: the 6th paragraph and the 13th.
  await expect(pounds.locator('button.echo-where')).toHaveText(['paragraph 6', 'paragraph 13']);
  await pounds.getByRole('button', { name: 'Show this copy: paragraph 13' }).click();
  await expect(page).toHaveURL(/#\/article\/[^/]+\/\d+-\d+$/);
  const shown = page.locator('.reader-text .passage-shown');
  await expect(shown.first()).toContainText('£200 million');
  await expect(shown.first()).toBeInViewport();
  await page.screenshot({ path: 'test-results/echo-copy-place.png' });
  // The first copy, from the same list, is told apart from it: it is the other one marked.
  await pounds.getByRole('button', { name: 'Show this copy: paragraph 6' }).click();
  await expect(shown.first()).toContainText('£200m');
  await expect(shown.first()).toBeInViewport();
});
