import { expect, test } from '@playwright/test';

test('the app loads with an empty library that offers the sample, without console errors', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your archive is empty' })).toBeVisible();
  const offer = page.getByRole('button', { name: 'Open the sample article' });
  await expect(offer).toBeVisible();
  await page.screenshot({ path: 'test-results/first-screen.png', fullPage: true });

  await offer.click();
  await expect(
    page.getByText('I am proud that the UK is united for Ukraine').first(),
  ).toBeVisible();
  expect(problems).toEqual([]);
});
