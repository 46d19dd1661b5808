import { expect, test } from '@playwright/test';

const story = `<!doctype html><html><head><title>Council approves the flood plan</title></head><body>
<article><h1>Council approves the flood plan</h1>
<p>The council approved the flood plan on Monday after a long debate about the cost of the new sea walls and who would pay for them.</p>
<p>Residents of the lower town said the money would arrive too late for the families who had already left their homes after the storm.</p>
</article></body></html>`;

test('Import URL: an address typed without https:// is imported; one it cannot take is refused in words', async ({
  page,
}) => {
  // The page is served to the browser's fetch here, with the CORS header a site would send.
  await page.route('https://news.example.org/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'access-control-allow-origin': '*' },
      body: story,
    }),
  );
  await page.goto('/');
  // Shortcuts reach the app once its shell is in (the second part of the page's start, h23a).
  await expect(page.getByRole('button', { name: 'Import files…' }).first()).toBeVisible();
  await page.keyboard.press('Control+l');
  const dialog = page.getByRole('dialog', { name: 'Import from a URL' });
  const address = dialog.getByLabel('Address of the page');
  await address.fill('ftp://news.example.org/flood');
  await address.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText(
    'Verso imports web pages: the address must start with https:// or http://.',
  );
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  // As typed by hand or read off a printed page.
  await address.fill('news.example.org/2026/flood-plan');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText('1 added');
  // One page imported opens in the reader.
  await expect(
    page.getByRole('heading', { level: 2, name: 'Council approves the flood plan' }),
  ).toBeVisible();
});

test('Sources: an address typed without https:// is watched; one it cannot take is refused in words', async ({
  page,
}) => {
  const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title>
<link>https://feeds.example.org/</link><description>News</description></channel></rss>`;
  await page.route('https://feeds.example.org/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/rss+xml',
      headers: { 'access-control-allow-origin': '*' },
      body: feed,
    }),
  );
  await page.goto('/');
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  const address = page.getByLabel('Address to watch');
  await address.fill('not a feed address');
  await page.getByRole('button', { name: 'Watch', exact: true }).click();
  await expect(page.getByText('A web address has no spaces in it.')).toBeVisible();
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await address.fill('feeds.example.org/rss');
  await page.getByRole('button', { name: 'Watch', exact: true }).click();
  await expect(page.getByText('Added 1 source.')).toBeVisible();
  await expect(page.getByText('Feed · https://feeds.example.org/rss')).toBeVisible();
});
