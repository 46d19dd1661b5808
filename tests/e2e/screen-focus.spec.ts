import { expect, test } from '@playwright/test';

test('by keyboard, focus follows the screens: the heading of the one opened, the control that opened it on return', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  const heading = page.getByRole('heading', { level: 2, name: /^DEFENCE Secretary/ });
  await expect(heading).toBeVisible();
  await page.getByRole('button', { name: 'Library', exact: true }).click();

  // Open the article from its row with Enter: the row goes away with the library, and focus must
  // land on the article, not on the page (where Tab would start at the top bar again).
  const row = page.getByRole('option', { name: /^DEFENCE Secretary/ });
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();
  // Back in the library, the row that was opened has focus again.
  await page.keyboard.press('Escape');
  await expect(row).toBeFocused();

  // From an echo highlight to its cluster and back.
  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();
  await page.keyboard.press('e');
  const mark = page.locator('.echo-mark').first();
  await expect(mark).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 2, name: /^2 copies in one article/ }),
  ).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(mark).toBeFocused();
});
