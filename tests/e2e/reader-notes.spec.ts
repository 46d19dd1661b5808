import { expect, test } from '@playwright/test';

test('a note is saved as it is typed and a title edited in the reader; both survive a reload', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  const note = page.getByRole('textbox', { name: 'Note on this article' });
  // Typed, never blurred: the autosave alone must keep it.
  await note.pressSequentially('Check the £200m figure with the MoD.');
  await expect(page.getByRole('status', { name: 'Note saved state' })).toHaveText('Saved');
  await page.reload();
  await expect(note).toHaveValue('Check the £200m figure with the MoD.');

  await page.getByRole('button', { name: 'Edit title' }).click();
  const title = page.getByRole('textbox', { name: 'Title' });
  await expect(title).toBeFocused();
  await title.fill('Defence Secretary visits Ukraine (edited)');
  await title.press('Enter');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    'Defence Secretary visits Ukraine (edited)',
  );
  // Escape abandons an edit without leaving the reader.
  await page.getByRole('button', { name: 'Edit title' }).click();
  await title.fill('Thrown away');
  await title.press('Escape');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    'Defence Secretary visits Ukraine (edited)',
  );
  await page.reload();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    'Defence Secretary visits Ukraine (edited)',
  );
  await expect(page).toHaveTitle('Defence Secretary visits Ukraine (edited) — Verso');
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(
    page.getByRole('button', { name: 'Defence Secretary visits Ukraine (edited)' }),
  ).toBeVisible();
});

test('a note typed just before the page is reloaded or closed is kept', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  const note = page.getByRole('textbox', { name: 'Note on this article' });
  // Typed and the page left at once, inside the autosave's half-second wait: no blur, no unmount
  // (a reload or a closed window runs no React clean-up), so only leaving the page can save it.
  await note.pressSequentially('Ask the MoD');
  await page.reload();
  await expect(note).toHaveValue('Ask the MoD');
  // The kept text is then saved to the archive, not only shown.
  await expect(page.getByRole('status', { name: 'Note saved state' })).toHaveText('Saved');
  await note.press('End');
  await note.pressSequentially(' about drones');
  await page.goto('about:blank');
  await page.goto('/');
  await expect(note).toHaveValue('Ask the MoD about drones');
});
