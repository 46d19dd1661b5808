import { expect, test } from '@playwright/test';
import { importThreeVersions, selectInReader } from './support/story';

test('a highlight made on version 1 is unchanged on version 2 and edited (with its diff) on version 3', async ({
  page,
}, info) => {
  const titles = await importThreeVersions(page, (name) => info.outputPath(name));
  const open = async (title: string): Promise<void> => {
    await page.getByRole('button', { name: 'Library' }).click();
    await page.getByRole('button', { name: title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  };
  await open(titles[0] ?? '');
  await selectInReader(page, 'the money would arrive too late for the families');
  await page.getByRole('button', { name: 'Highlight in green' }).click();
  const list = page.getByRole('region', { name: /^Highlights/ });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(page.locator('.reader-text .note-mark')).toHaveText(
    'the money would arrive too late for the families',
  );
  await list.getByRole('textbox', { name: 'Comment on this highlight' }).fill('Which councils?');
  await expect(list.getByText('Saved')).toBeVisible();

  await open(titles[1] ?? '');
  const item = list.getByRole('listitem');
  await expect(item).toHaveAttribute('data-state', 'unchanged');
  await expect(item).toContainText('Made on version 1 · unchanged in this version');
  await expect(item.getByRole('textbox')).toHaveValue('Which councils?');
  await expect(page.locator('.reader-text .note-mark')).toHaveText(
    'the money would arrive too late for the families',
  );

  await open(titles[2] ?? '');
  await expect(item).toHaveAttribute('data-state', 'edited');
  await expect(item).toContainText('edited in this version');
  await expect(item.locator('ins', { hasText: 'far' })).toBeVisible();
  // The version's own edit ('far') is marked inside the highlight, which it cuts into pieces.
  await expect
    .poll(async () => (await page.locator('.reader-text .note-mark').allTextContents()).join(''))
    .toBe('the money would arrive far too late for the families');
  await page.evaluate(() => window.scrollTo(0, 0)); // sticky top bar drawn at the top
  await page.screenshot({ path: 'test-results/highlight-reanchored.png', fullPage: true });

  // Archive-wide: listed and searchable by its comment or its words.
  await page.getByRole('button', { name: 'Highlights', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search highlights' }).fill('councils');
  await expect(page.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search highlights' }).fill('sea walls');
  await expect(page.getByRole('listitem')).toHaveCount(0);
});
