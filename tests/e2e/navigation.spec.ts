import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';

const filler = (i: number): string =>
  `Paragraph ${i} of the council report sets out the plans for the district, with figures for housing, roads and schools that readers may want to check.`;
const repeated =
  'The leader of the council said the money would arrive too late for the families who had already left their homes after the storm.';

test('getting around: Back, a top bar that stays, scroll kept across reader, cluster and compare, notices per screen, panel beside the text at 900 px', async ({
  page,
}, info) => {
  const file = info.outputPath('long-report.txt');
  const paragraphs = Array.from({ length: 70 }, (_, i) => filler(i));
  paragraphs.splice(3, 0, repeated);
  paragraphs.splice(60, 0, repeated);
  writeFileSync(file, ['Long council report', ...paragraphs].join('\n\n'));
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (await chooser).setFiles([file]);
  const summary = page.getByRole('status', { name: 'Import summary' });
  await expect(summary).toBeVisible();
  await page.getByRole('button', { name: 'Long council report' }).click();
  // The import summary belonged to the library.
  await expect(page.getByRole('article')).toBeVisible();
  await expect(summary).toHaveCount(0);

  // At 900 px the panel is still beside the text.
  const text = await page.locator('.reader').boundingBox();
  const side = await page.locator('.reader-side').boundingBox();
  expect(side && text && side.x >= text.x + text.width - 1).toBe(true);

  // Scroll to the second copy of the repeated paragraph and open its cluster.
  const mark = page.locator('.echo-mark').last();
  await mark.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(1000);
  // The top bar stays in view.
  expect((await page.locator('.app-header').boundingBox())?.y).toBe(0);
  await expect(page.getByRole('button', { name: 'Library' })).toBeInViewport();
  // An echo highlight opens its cluster (every copy of the passage).
  await mark.click();
  await expect(page.getByRole('list', { name: 'Every copy, earliest first' })).toBeVisible();
  await page.getByRole('button', { name: '← Back' }).click();
  await expect(mark).toBeInViewport();
  // Within a line or two: chunks off-screen are laid out at an estimated height
  // (content-visibility), so the same place can sit a few pixels higher or lower.
  await expect
    .poll(async () => Math.abs((await page.evaluate(() => window.scrollY)) - before))
    .toBeLessThan(60);

  // The same from a side-by-side comparison opened in the echo panel (which stays beside the text).
  await page.getByRole('button', { name: 'Compare echo 1 side by side' }).click();
  await expect(page.getByRole('region', { name: /^Left:/ })).toBeVisible();
  await page.getByRole('button', { name: '← Back' }).click();
  await expect(mark).toBeInViewport();
  await expect
    .poll(async () => Math.abs((await page.evaluate(() => window.scrollY)) - before))
    .toBeLessThan(60);

  // Back in the reader goes back to where the person came from: the library.
  await page.getByRole('button', { name: '← Back' }).click();
  await expect(page.getByRole('button', { name: 'Import files…' }).first()).toBeVisible();
});

test('small fixes: a similarity of 150% is clamped with a message; Export archive saves one file per click', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  const similarity = page.getByRole('spinbutton', { name: 'Lowest similarity, in per cent' });
  await similarity.fill('150');
  await expect(page.getByRole('alert')).toHaveText(
    'Lowest similarity, in per cent: 150 is out of range (30–100); using 100.',
  );
  await similarity.blur();
  await expect(similarity).toHaveValue('100');
  await similarity.fill('50');
  await expect(page.getByRole('alert')).toHaveCount(0);

  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  await page.getByRole('button', { name: 'Export archive…' }).dblclick();
  await expect(page.getByText('Backup saved: 1 article.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export archive…' })).toBeEnabled();
  expect(downloads).toBe(1);
});
