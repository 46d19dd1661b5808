import { expect, test } from '@playwright/test';
import { selectInReader } from './support/story';

test('a highlight opened from the Highlights screen is scrolled into view in its article', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  await expect(page.locator('.echo-mark').first()).toBeVisible();
  // The sample's last paragraph: far below the first screen of the article.
  await selectInReader(page, 'victory of the world socialist revolution');
  await page.getByRole('button', { name: 'Highlight in pink' }).click();
  const mark = page.locator('.reader-text .note-mark');
  await expect(mark).toHaveCount(1);

  await page.getByRole('button', { name: 'Highlights', exact: true }).click();
  const item = page.locator('.highlights-view .highlight-item');
  await expect(item).toContainText('victory of the world socialist revolution');
  await item.getByRole('button', { name: /DEFENCE Secretary/ }).click();
  // Before, the article opened at its top and the person had to look for the words.
  await expect(mark).toBeInViewport();
  // Outlined as the place it was opened at, in words that fit a highlight as well as an echo copy.
  await expect(page.locator('.reader-text .passage-shown').first()).toHaveAttribute(
    'title',
    'The passage you opened',
  );
  await page.screenshot({ path: 'test-results/highlight-opened-at.png' });
});
