import { expect, test, type Page } from '@playwright/test';

// A short report no other article repeats, and with no repeats of its own.
const lone = [
  'Title: Ferry timetable changes for winter',
  'Source: Harbour Gazette',
  'Date: 2026-02-20',
  '',
  'The island ferry will run four crossings a day from November, down from six in summer.',
  '',
  'Passengers with cars are asked to book a day ahead during the school holidays.',
  '',
].join('\n');

/** Records, from the page's next load, each phase a scan's progress line shows (a cache read shows none). */
async function recordScanPhases(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { scanPhases: string[] }).scanPhases = seen;
    new MutationObserver(() => {
      const line = document.querySelector('.scan-progress')?.textContent ?? '';
      const phase = /(Reading|Indexing|Comparing|Saving) \d/.exec(line)?.[1];
      if (phase && !seen.includes(phase)) seen.push(phase);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

test('reader: e says what the echo scan is doing when there is no highlight to step to; a reopened article after a restart takes its stored echoes', async ({
  page,
}) => {
  // The sample, scanned once; after a restart its echoes come back without a scan.
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  await expect(page.locator('.echo-mark').first()).toBeVisible({ timeout: 30_000 });
  await recordScanPhases(page);
  await page.reload();
  await expect(page.getByRole('article')).toContainText('united for Ukraine');
  await expect(page.locator('.echo-mark').first()).toBeVisible();
  await page.keyboard.press('e');
  await expect(page.locator('.echo-mark').first()).toBeFocused();
  const note = page.locator('.echo-key-note');
  await expect(note).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as { scanPhases: string[] }).scanPhases),
  ).toEqual([]);

  await page.goto('/#/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (
    await chooser
  ).setFiles([{ name: 'ferry.txt', mimeType: 'text/plain', buffer: Buffer.from(lone) }]);
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText('1 added');
  await page
    .getByRole('button', { name: /Ferry timetable changes/ })
    .first()
    .click();
  await expect(page.getByRole('article')).toContainText('four crossings a day');
  // Pressed at once, while the scan may still run: the words follow it to its end.
  await page.keyboard.press('e');
  await expect(note).toHaveText(/^(Finding echoes|No echoes)/);
  await expect(note).toHaveText('No echoes in this article to step to.', { timeout: 30_000 });
  await expect(note).toHaveAttribute('role', 'status');
});
