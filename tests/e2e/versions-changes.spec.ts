import { expect, test } from '@playwright/test';
import { importThreeVersions } from './support/story';

test("a version's reader shows its edits; the versions page folds unchanged paragraphs and steps with n", async ({
  page,
}, info) => {
  const titles = await importThreeVersions(page, (name) => info.outputPath(name));
  await page.getByRole('button', { name: titles[2], exact: true }).click();
  const text = page.locator('.reader-text');
  // Its edits against version 2, not every paragraph as an echo of the other versions.
  await expect(page.getByRole('group', { name: 'What the text shows' })).toContainText(
    'Version 3: 2 changes since version 2',
  );
  await expect(text.locator('.change-inserted', { hasText: 'far' })).toBeVisible();
  await expect(text.locator('.echo-mark')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show echoes instead' }).click();
  await expect(text.locator('.echo-mark').first()).toBeVisible();
  // The open version's own side of an echo is named as such, not "another article".
  const withVersions = page.getByRole('region', { name: /^With its other versions/ });
  await expect(withVersions.locator('cite', { hasText: 'this article' }).first()).toBeVisible();
  await expect(withVersions.locator('cite', { hasText: 'another article' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show what changed' }).click();

  await page.getByRole('button', { name: '3 versions' }).click();
  await expect(page.getByRole('heading', { name: /3 versions of/ })).toBeVisible();
  // Labelled by capture time, the date it is placed by (the file's, here) and source (a file).
  await expect(page.getByRole('list', { name: 'Versions, oldest first' })).toContainText(
    /Version 1 \(first\)captured \d+ \w+ \d{4}, \d\d:\d\d \(modified [^)]+\) · storm-1\.txt/,
  );
  const rows = page.getByRole('table', { name: 'Paragraphs of the two versions' });
  await expect(page.getByRole('checkbox', { name: 'Changes only' })).toBeChecked();
  // Version 2 → 3: title and the councils' paragraph changed; the four others fold into two lines.
  await expect(rows.locator('[role="row"][data-kind="changed"]')).toHaveCount(2);
  await expect(rows.locator('[role="row"][data-kind="same"]')).toHaveCount(0);
  await expect(rows.getByRole('button', { name: '2 unchanged paragraphs' })).toHaveCount(2);
  await page.evaluate(() => window.scrollTo(0, 0)); // sticky top bar drawn at the top
  await page.screenshot({ path: 'test-results/versions-changes.png', fullPage: true });

  await page.keyboard.press('n');
  await expect(page.getByText('Change 1 of 2')).toBeVisible();
  await expect(rows.locator('.row-current')).toContainText('final');
  // n still steps while the checkbox has focus.
  await page.getByRole('checkbox', { name: 'Changes only' }).focus();
  await page.keyboard.press('n');
  await expect(page.getByText('Change 2 of 2')).toBeVisible();
  await expect(rows.locator('.row-current')).toContainText('far too late');
  await page.keyboard.press('n');
  await expect(page.getByText('Change 1 of 2')).toBeVisible();
  await page.keyboard.press('p');
  await expect(page.getByText('Change 2 of 2')).toBeVisible();

  await page.getByRole('checkbox', { name: 'Changes only' }).uncheck();
  await expect(rows.locator('[role="row"][data-kind="same"]')).toHaveCount(4);
  await page.getByRole('button', { name: 'Read version 1' }).click();
  await expect(page.getByRole('heading', { level: 2, name: titles[0] })).toBeVisible();
});
