import { expect, test } from '@playwright/test';

// Every modal in the app is the one Dialog (src/ui/common/dialog.tsx): these check what it
// promises — focus moves in, the page behind is inert, Escape closes, focus returns to the opener.
test('a dialog takes focus, keeps the page behind out of reach, and Escape hands focus back', async ({
  page,
}) => {
  await page.goto('/');
  const about = page.getByRole('button', { name: 'About' });
  await about.focus();
  await about.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'About Verso' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  // Tab cycles within the modal (its one button, then the browser's chrome), never the page.
  await page.keyboard.press('Tab');
  await expect(about).not.toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(about).toBeFocused();
});

test('Close and Cancel close their dialogs and the opener gets focus back', async ({ page }) => {
  await page.goto('/');
  const keys = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await keys.click();
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts.getByRole('row').first()).toBeVisible();
  await shortcuts.getByRole('button', { name: 'Close' }).click();
  await expect(shortcuts).toHaveCount(0);
  await expect(keys).toBeFocused();

  // The URL import in the library's toolbar, shown once the archive has an article (the empty
  // archive's first screen offers it too, import-failures-kept.spec).
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  // The sample opens in the reader when its import ends; going to the library before that
  // lets the reader take over again, with the library's toolbar gone.
  await expect(page.getByRole('article')).toContainText('£200m');
  await page.getByRole('button', { name: 'Library' }).click();
  const importUrl = page.getByRole('button', { name: 'Import URL…' });
  await importUrl.click();
  const urlDialog = page.getByRole('dialog', { name: 'Import from a URL' });
  await expect(urlDialog.getByLabel('Address of the page')).toBeFocused();
  await urlDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(urlDialog).toHaveCount(0);
  await expect(importUrl).toBeFocused();

  const archiveButton = page.getByRole('button', { name: 'Archive', exact: true });
  await archiveButton.click();
  const archiveDialog = page.getByRole('dialog', { name: 'Archive' });
  await expect(archiveDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(archiveDialog).toHaveCount(0);
  await expect(archiveButton).toBeFocused();
});
