import { expect, test } from '@playwright/test';

test('Ctrl+F and / from any screen open the library with the cursor in its search box', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  const heading = page.getByRole('heading', { level: 2, name: /^DEFENCE Secretary/ });
  await expect(heading).toBeVisible();
  // The library's row was focused on an earlier visit: its focus must not win over the search box.
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  const row = page.getByRole('button', { name: /^DEFENCE Secretary/ });
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();

  const search = page.getByRole('searchbox', { name: 'Search the archive' });
  await page.keyboard.press('Control+f');
  await expect(search).toBeFocused();
  await page.keyboard.type('proud');
  await expect(search).toHaveValue('proud');
  // The hits are four filters away by Tab: ↓ goes straight to them, and Enter opens one.
  const hits = page.getByRole('listbox', { name: 'Articles' }).getByRole('option');
  await expect(hits).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(hits.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading).toBeVisible();
  await page.keyboard.press('Control+f');
  await expect(search).toBeFocused();

  for (const screen of ['Strongest echoes', 'Highlights']) {
    await page.getByRole('button', { name: screen, exact: true }).click();
    await expect(search).toHaveCount(0);
    await page.locator('.app-main h2').first().focus();
    await page.keyboard.press('/');
    await expect(search).toBeFocused();
    // A new search replaces the last one, as in a browser's find bar: what was there is selected.
    await page.keyboard.type('Healey');
    await expect(search).toHaveValue('Healey');
  }
});
