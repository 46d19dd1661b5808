import { expect, test, type Page } from '@playwright/test';
import { holdSecondPart } from './support/hold-second-part';

/**
 * Opens the app with its second part (React and the shell, start-app-*.js) held back until the
 * returned function is called: keys pressed meanwhile reach only the first part, as they do when
 * a person presses a shortcut the moment the window appears.
 */
async function openWithShellHeld(page: Page): Promise<() => void> {
  const release = await holdSecondPart(page);
  await page.goto('/', { waitUntil: 'commit' });
  // The first part has run (it marks its start) and the shell is not in yet.
  await page.waitForFunction(() => performance.getEntriesByName('verso:app-start').length > 0);
  await expect(page.locator('.app')).toHaveCount(0);
  return release;
}

test('a shortcut pressed before the shell is in still works once it is', async ({ page }) => {
  const release = await openWithShellHeld(page);
  await page.keyboard.press('?');
  release();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});

test('"/" and what is typed after it before the shell is in land in the search box', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^DEFENCE Secretary/ })).toBeVisible();
  await page.goto('about:blank');
  const release = await openWithShellHeld(page);
  await page.keyboard.press('/');
  await page.keyboard.type('Healey');
  release();
  const search = page.getByRole('searchbox', { name: 'Search the archive' });
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('Healey');
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option')).toHaveCount(1);
});
