import { expect, test, type Page } from '@playwright/test';
import { appendFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/static-server';

/** Waits until the service worker is active and controls the page (its precache is complete). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((done) =>
      navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
    );
  });
}

test('after one visit the web build opens and reads the archive with the network off', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  await expect(page.getByRole('article')).toContainText('united for Ukraine');
  await page.goto('/#/');

  await context.setOffline(true);
  // The network really is off: nothing outside the service worker's cache answers.
  expect(
    await page.evaluate(() =>
      fetch('/index.html?bypass', { cache: 'no-store' }).then(
        () => 'online',
        () => 'offline',
      ),
    ),
  ).toBe('offline');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your archive is empty' })).toHaveCount(0);
  await page
    .getByRole('button', { name: /^DEFENCE Secretary/ })
    .first()
    .click();
  const article = page.getByRole('article');
  await expect(article).toContainText('I am proud that the UK is united for Ukraine');
  // The echo scan runs in a Web Worker, whose script also came from the cache.
  await expect(page.getByRole('region', { name: /^Within this article/ })).toHaveAccessibleName(
    'Within this article: 2',
  );
  await page.screenshot({ path: 'test-results/offline-reader.png' });
});

test('a new build served to a returning visitor is offered with a prompt, and reloads onto it', async ({
  page,
}) => {
  // A private copy of the build, so this test can publish a "new" service worker. In the test's
  // own output folder, which Playwright empties at the next run (not /tmp, where it was left).
  const folder = test.info().outputPath('sw-build');
  cpSync('out/renderer', folder, { recursive: true });
  const site = await serveStatic(folder);
  try {
    await page.goto(site.url);
    await waitForServiceWorker(page);
    await expect(page.getByText('A new version of Verso is available.')).toHaveCount(0);
    // An archive with an article, so the library shows its import buttons at the top.
    await page.getByRole('button', { name: 'Open the sample article' }).click();
    await expect(page.getByRole('article')).toContainText('£200m');
    await page.getByRole('button', { name: 'Library', exact: true }).click();

    appendFileSync(join(folder, 'sw.js'), '\n// next build\n');
    await page.reload();
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of Verso' });
    await expect(prompt).toBeVisible();
    await page.screenshot({ path: 'test-results/update-prompt.png' });
    // The prompt covers nothing: each import button is still what a click at its centre reaches.
    for (const name of ['Import files…', 'Import folder…', 'Import URL…']) {
      const reached = await page.getByRole('button', { name, exact: true }).evaluate((button) => {
        const box = button.getBoundingClientRect();
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return hit !== null && button.contains(hit);
      });
      expect(reached, name).toBe(true);
    }

    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Reload to update' }).click();
    await reloaded;
    await expect(page.getByText('A new version of Verso is available.')).toHaveCount(0);
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.ready).waiting === null),
    ).toBe(true);
  } finally {
    site.server.close();
  }
});
