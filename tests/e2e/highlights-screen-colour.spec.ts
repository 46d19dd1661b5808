import { expect, test } from '@playwright/test';
import { selectInReader } from './support/story';

test('the Highlights screen shows each highlight in its colour when it is the first screen opened', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  await expect(page.locator('.echo-mark').first()).toBeVisible();
  await selectInReader(page, 'first hand the threat of missile strikes');
  await page.getByRole('button', { name: 'Highlight in green' }).click();
  await expect(page.locator('.reader-text .note-mark')).toHaveCount(1);

  // A reload on the Highlights screen: the reader's code (and its style sheet) is not loaded.
  await page.getByRole('button', { name: 'Highlights', exact: true }).click();
  await page.reload();
  const item = page.locator('.highlights-view .highlight-item');
  await expect(item).toContainText('first hand the threat of missile strikes');
  const bar = await item.evaluate((e) => {
    const style = getComputedStyle(e);
    return { style: style.borderLeftStyle, colour: style.borderLeftColor };
  });
  // The green of the swatch it was made with, as a bar beside the quote.
  expect(bar).toEqual({ style: 'solid', colour: 'rgb(182, 227, 168)' });
  await page.screenshot({ path: 'test-results/highlights-screen-colour.png' });
});
