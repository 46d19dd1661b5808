import { expect, test } from '@playwright/test';

test('a copy opened from its cluster is shown in the reader: scrolled to and marked', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  // The Healey quote's cluster: both copies are in the sample, under one title.
  await page.locator('.echo-mark', { hasText: 'I am proud' }).first().click();
  const copies = page.getByRole('list', { name: 'Every copy, earliest first' });
  const second = copies.getByRole('listitem').filter({ hasText: 'that we are providing' });
  await expect(second).toHaveCount(1);
  await second.getByRole('button', { name: /^DEFENCE Secretary/ }).click();

  await expect(page).toHaveURL(/#\/article\/[^/]+\/\d+-\d+$/);
  const shown = page.locator('.reader-text .passage-shown');
  await expect(shown.first()).toBeVisible();
  await expect(shown.first()).toContainText('I am proud');
  await expect(page.locator('.reader-text')).toContainText('that we are providing');
  const copy = await shown.allInnerTexts();
  expect(copy.join('')).toContain('that we are providing');
  // It is the second copy, far down the page, and the reader went there.
  await expect(shown.first()).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  await page.screenshot({ path: 'test-results/open-copy.png' });
  // Its words keep the text's colour (a <mark> is black by default: unreadable in dark mode).
  await page.emulateMedia({ colorScheme: 'dark' });
  // The theme follows the system a frame or more later (a matchMedia change event, then a React
  // effect sets <html data-theme>): read only once it has, and both colours at one instant. Two
  // reads straddling the switch differ (light copy, dark text): the 1-in-15 failure of session 14.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const [copyColour, textColour] = await page
    .locator('.reader-text')
    .evaluate((text) => [
      getComputedStyle(text.querySelector('.passage-shown') ?? document.body).color,
      getComputedStyle(text).color,
    ]);
  expect(copyColour).toBe(textColour);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  // Back to the cluster, and the first copy opens at its own place.
  await page.getByRole('button', { name: '← Back' }).click();
  const first = copies.getByRole('listitem').filter({ hasText: 'we’re providing' });
  await first.getByRole('button', { name: /^DEFENCE Secretary/ }).click();
  await expect(shown.first()).toBeInViewport();
  expect((await shown.allInnerTexts()).join('')).toContain('we’re providing');
});
