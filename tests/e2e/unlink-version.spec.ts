import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';

const body =
  'The harbour board voted on Thursday to close the old pier to traffic from next month.\n\nRepairs will take a year and cost more than the board first said.';

test('versions: unlinking a version takes it out of the story', async ({ page }, info) => {
  const first = info.outputPath('pier-v1.txt');
  const second = info.outputPath('pier-v2.txt');
  writeFileSync(first, `Pier to close\n\n${body}`);
  writeFileSync(second, `Pier to close (updated)\n\n${body}\n\nThe board will meet again in May.`);
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (await chooser).setFiles([first, second]);
  await expect(page.getByRole('status', { name: 'Import summary' })).toBeVisible();
  await page.getByRole('checkbox', { name: /^Select Pier to close$/ }).click();
  await page.getByRole('checkbox', { name: /^Select Pier to close \(updated\)$/ }).click();
  await page.getByRole('button', { name: 'Link as versions' }).click();
  await expect(page.locator('.article-row .versions-badge')).toHaveCount(2);

  await page.getByRole('button', { name: 'Pier to close (updated)' }).click();
  await page.getByRole('button', { name: '2 versions' }).click();
  await expect(page.getByRole('heading', { name: /2 versions of/ })).toBeVisible();
  await page.getByRole('button', { name: 'Unlink version 1 from this story' }).click();
  await expect(page.getByRole('heading', { name: 'No other versions' })).toBeVisible();
  await page.getByRole('button', { name: '← Back to the article' }).click();
  await expect(page.getByRole('button', { name: /versions$/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(page.locator('.article-row .versions-badge')).toHaveCount(0);
});
