import { expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';

const p = [
  'Ministers met on Monday to agree a new package of funding for the coastal towns hit by the storms.',
  'The package includes money for sea defences, for repairs to homes and for small businesses that lost stock.',
  'Local councils said the money would arrive too late for the families who had already left their homes.',
  'The opposition called the announcement a reheated promise that had been made twice before this year.',
  'A review of the flood warnings that failed on the night of the storm will report in the spring.',
];

async function importFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (await chooser).setFiles([path]);
  const summary = page.getByRole('status', { name: 'Import summary' });
  await expect(summary).toBeVisible();
  await summary.getByRole('button', { name: 'Dismiss' }).click();
}

test('compare: a moved paragraph is shown moved on both sides and linked, the older text on the left', async ({
  page,
}, info) => {
  const first = info.outputPath('storm-v1.txt');
  const second = info.outputPath('storm-v2.txt');
  writeFileSync(first, ['Storm funding agreed', ...p].join('\n\n'));
  const edited = (p[0] ?? '').replace('on Monday', 'on Tuesday');
  writeFileSync(second, ['Storm funding update', p[1], p[2], p[3], edited, p[4]].join('\n\n'));

  await page.goto('/');
  // One after the other, so the first is the older by its import.
  await importFile(page, first);
  await importFile(page, second);
  // Ticked newer first: the older still goes on the left.
  await page.getByRole('checkbox', { name: 'Select Storm funding update' }).click();
  await page.getByRole('checkbox', { name: 'Select Storm funding agreed' }).click();
  await page.getByRole('button', { name: 'Compare the two' }).click();

  const left = page.getByRole('region', { name: 'Left: Storm funding agreed' });
  const right = page.getByRole('region', { name: 'Right: Storm funding update' });
  await expect(left.locator('[data-kind="moved"]').first()).toContainText('Ministers met');
  await expect(right.locator('[data-kind="moved"]').first()).toContainText('Ministers met');
  // The edit made while moving it, word by word, inside the move.
  await expect(left.locator('[data-kind="changed"][data-move]')).toHaveText('Monday');
  await expect(right.locator('[data-kind="changed"][data-move]')).toHaveText('Tuesday');
  await expect(left.locator('[data-kind="deleted"]', { hasText: 'Ministers' })).toHaveCount(0);
  await expect(page.locator('.compare-summary')).toContainText(/\d+ moved/);
  await expect(page.locator('.compare-order')).toContainText('older article is on the left');
  await expect(page.locator('.compare-heading').first()).toContainText('imported');

  await left.getByRole('button', { name: /show where it stands on the right/ }).click();
  await expect(
    right.getByRole('button', { name: /show where it stood on the left/ }),
  ).toBeFocused();
  await page.screenshot({ path: 'test-results/compare-moved.png' });
});
