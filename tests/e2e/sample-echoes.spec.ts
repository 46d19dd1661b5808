import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const samplePath = 'seeds/000_7500752fa51d260b.txt';

async function importSampleThroughChooser(page: Page): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (await chooser).setFiles(samplePath);
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText('1 added');
}

test('imports the sample, shows its two echoes, compares the £200m one, and keeps the archive on reload', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto('/');
  await importSampleThroughChooser(page);

  await page
    .getByRole('button', { name: /DEFENCE Secretary|000_7500752fa51d260b/ })
    .first()
    .click();
  const echoes = page.getByRole('region', { name: /^Within this article: \d+$/ });
  await expect(echoes).toHaveAccessibleName('Within this article: 2');
  await expect(page.locator('.echo-mark').first()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0)); // sticky top bar drawn at the top
  await page.screenshot({ path: 'test-results/reader-light.png', fullPage: true });

  // A highlight in the text opens its cluster: both copies, one compared with the other.
  await page.locator('.echo-mark', { hasText: 'supportive' }).click();
  await expect(page.getByRole('heading', { name: /^2 copies in one article/ })).toBeVisible();
  await page.getByRole('button', { name: 'Compare with the representative' }).click();
  await expect(page.getByRole('region', { name: /^(Left|Right):/ }).first()).toBeVisible();
  await expect(page.locator('.compare-grid')).toContainText('supportive');
  await page.goBack();
  await page.goBack();

  const pounds = echoes.getByRole('listitem').filter({ hasText: '£200m' });
  await expect(pounds).toHaveCount(1);
  await pounds.getByRole('button', { name: /Compare echo \d side by side/ }).click();

  const left = page.getByRole('region', { name: /^Left:/ });
  const right = page.getByRole('region', { name: /^Right:/ });
  await expect(left.locator('[data-kind="equivalent"]', { hasText: '£200m' })).toBeVisible();
  await expect(
    right.locator('[data-kind="equivalent"]', { hasText: '£200 million' }),
  ).toBeVisible();
  await expect(left.locator('[data-kind="deleted"]', { hasText: 'supportive' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'words the same' })).toContainText(
    'equivalent',
  );
  await page.evaluate(() => window.scrollTo(0, 0)); // sticky top bar drawn at the top
  await page.screenshot({ path: 'test-results/compare-light.png', fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export report…' }).click();
  const report = readFileSync(await (await download).path(), 'utf8');
  expect(report).toMatch(/<del class="deleted"[^>]*>supportive ?<\/del>/);
  expect(report).toContain('£200 million');
  expect(report).toContain('Feb 23, 2026');

  await page.keyboard.press('n');
  await expect(page.locator('.seg-current').first()).toBeVisible();
  await page.getByRole('checkbox', { name: 'Hide equivalent differences' }).check();
  await expect(left.locator('[data-kind="equivalent"]')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Hide equivalent differences' }).uncheck();

  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await page.evaluate(() => window.scrollTo(0, 0)); // sticky top bar drawn at the top
  await page.screenshot({ path: 'test-results/compare-dark.png', fullPage: true });
  await page.goBack();
  await expect(page.locator('.echo-mark').first()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0)); // sticky top bar drawn at the top
  await page.screenshot({ path: 'test-results/reader-dark.png', fullPage: true });
  await page.getByRole('button', { name: 'Switch to light mode' }).click();

  await page.reload();
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { name: '1 article' })).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option')).toHaveCount(1);
  expect(problems).toEqual([]);
});
