import { expect, test } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const corpus = '../shared/corpora/readability-test-pages';
const pages = existsSync(corpus)
  ? readdirSync(corpus, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(corpus, entry.name, 'source.html')))
      .map((entry) => join(corpus, entry.name, 'source.html'))
  : [];
const skipReason = `${corpus} is not here (it ships with the project's shared folder)`;
if (pages.length === 0) console.log(`Corpus import skipped: ${skipReason}`);

test('imports the 130 Readability test pages with progress, searches, opens a result, scrolls', async ({
  page,
}) => {
  test.skip(pages.length === 0, skipReason);
  test.setTimeout(300_000);
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (await chooser).setFiles(pages);
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  const summary = page.getByRole('status', { name: 'Import summary' });
  await expect(summary).toBeVisible({ timeout: 240_000 });
  const figures = (await summary.locator('strong').allInnerTexts()).map(Number);
  expect(figures.reduce((sum, n) => sum + n, 0)).toBe(pages.length);
  expect(figures[0]).toBeGreaterThan(100);
  await page.screenshot({ path: 'test-results/library-light.png' });

  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('browser');
  const hits = page.locator('.article-row');
  await expect(hits.first().locator('mark').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/library-search.png' });
  const title = (await hits.first().locator('.article-title').innerText()).trim();
  await hits.first().locator('.article-title').click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();

  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('');
  const list = page.getByLabel('Articles');
  // The virtual list measures rows as they render, so under load one scroll to the bottom can
  // land short of it; scroll again until the archive's last article is on screen.
  await expect(async () => {
    const total = Number(
      /(\d+) articles/.exec(await page.locator('.library-count').innerText())?.[1],
    );
    await list.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect(
      page.locator(`.article-slot[data-index="${total - 1}"] .article-title`),
    ).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await page.emulateMedia({ colorScheme: 'dark' });
  // The theme switches a frame or more later (use-theme.ts): shoot once it has, not before.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: 'test-results/library-dark.png' });
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await page.getByRole('button', { name: 'Strongest echoes' }).click();
  await expect(page.getByRole('progressbar', { name: 'Echo scan progress' })).toBeVisible();
  const cluster = page.getByRole('list', { name: 'Clusters' }).getByRole('listitem').first();
  await expect(cluster).toBeVisible({ timeout: 120_000 });
  await page.screenshot({ path: 'test-results/archive-echoes.png' });
  await cluster.getByRole('button').click();
  await expect(page.getByRole('list', { name: 'Every copy, earliest first' })).toBeVisible();
  await page.getByRole('button', { name: 'Compare with the representative' }).first().click();
  await expect(page.getByRole('region', { name: /^Left:/ })).toBeVisible();
});

test('cancelling a long import keeps what was imported and says what was not', async ({ page }) => {
  test.skip(pages.length === 0, skipReason);
  await page.goto('/');
  // Shortcuts reach the app once its shell is in (the second part of the page's start, h23a).
  await expect(page.getByRole('button', { name: 'Import files…' }).first()).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+O');
  await (await chooser).setFiles(pages);
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel import' }).click();
  const summary = page.getByRole('status', { name: 'Import summary' });
  await expect(summary).toContainText('Import cancelled.');
  await expect(summary).toContainText(/\d+ not imported/);
  const [added] = (await summary.locator('strong').allInnerTexts()).map(Number);
  const notImported = Number(/(\d+) not imported/.exec(await summary.innerText())?.[1]);
  expect(notImported).toBeGreaterThan(0);
  if (added && added > 0)
    await expect(
      page.getByRole('heading', { name: new RegExp(`^${added} articles?$`) }),
    ).toBeVisible();
});
