import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';

const page1 = `<!doctype html><html><head><title>Sea walls to be rebuilt after the storm</title>
<meta property="og:site_name" content="Coast Gazette"></head><body><article>
<h1>Sea walls to be rebuilt after the storm</h1>
<p>The council agreed on Monday to rebuild the sea walls along the whole of the northern shore, after a storm in March broke through them in three places and flooded more than two hundred homes.</p>
<h2>What the money pays for</h2>
<ul><li>New concrete walls along two miles of the northern shore</li><li>Repairs to the homes that were flooded in March</li><li>Grants for small businesses that lost their stock</li></ul>
<blockquote><p>We cannot let this happen to the same families twice, said the leader of the council.</p></blockquote>
<p>The full plan is <a href="https://example.org/sea-walls-plan">published on the council's website</a>, with the costs of each part of the work and the dates on which it should start.</p>
<figure><img src="https://images.example.org/wall.jpg" alt="The broken wall"><figcaption>The northern wall after the storm in March.</figcaption></figure>
</article></body></html>`;

test('an HTML article reads with its headings, list, quote, link and figure; images wait for consent', async ({
  page,
}, info) => {
  const file = info.outputPath('sea-walls.html');
  writeFileSync(file, page1);
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (await chooser).setFiles([file]);
  await expect(page.getByRole('status', { name: 'Import summary' })).toBeVisible();
  await page.getByRole('button', { name: 'Sea walls to be rebuilt after the storm' }).click();

  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { name: 'What the money pays for' })).toBeVisible();
  await expect(article.getByRole('listitem')).toHaveCount(3);
  await expect(article.getByRole('listitem').first()).toHaveText(
    'New concrete walls along two miles of the northern shore',
  );
  await expect(article.locator('blockquote')).toContainText('We cannot let this happen');
  const link = article.getByRole('link', { name: "published on the council's website" });
  await expect(link).toHaveAttribute('href', 'https://example.org/sea-walls-plan');
  // The remote image is not loaded: a placeholder and a question instead.
  await expect(article.getByRole('img', { name: 'The broken wall' })).toContainText(
    'Image not loaded',
  );
  await expect(article.locator('img')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show images from the web' })).toBeVisible();
  await expect(article.locator('figcaption')).toHaveText(
    'The northern wall after the storm in March.',
  );
  // A link opens through the host (a new tab in the web build), never in the app's own window.
  await page
    .context()
    .route('https://example.org/**', (route) => route.fulfill({ body: 'the council page' }));
  const popup = page.waitForEvent('popup');
  await link.click();
  expect((await popup).url()).toContain('example.org/sea-walls-plan');
  await expect(article).toBeVisible();
  // From the top, or the sticky top bar is drawn where the page happened to be scrolled to.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results/reader-html-light.png', fullPage: true });
});

test('a big HTML article (over 300 KB) gets its structure from the layout worker', async ({
  page,
}, info) => {
  const sections = Array.from(
    { length: 160 },
    (_, i) =>
      `<h2>Part ${i + 1} of the inquiry</h2><p>${`Witness ${i + 1} told the inquiry that the sea wall had been inspected and passed as sound in the spring, and that nobody had asked again. `.repeat(14)}</p><ul><li>Point ${i + 1}a about the wall</li><li>Point ${i + 1}b about the money</li></ul>`,
  );
  const html = `<!doctype html><html><head><title>The sea wall inquiry in full</title></head><body><article><h1>The sea wall inquiry in full</h1>${sections.join('')}</article></body></html>`;
  expect(html.length).toBeGreaterThan(300_000);
  const file = info.outputPath('inquiry.html');
  writeFileSync(file, html);
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (await chooser).setFiles([file]);
  // Reading 300 KB of HTML in the extraction worker took over expect's 5 s at load 22.
  await expect(page.getByRole('status', { name: 'Import summary' })).toBeVisible({
    timeout: 60_000,
  });
  await page.getByRole('button', { name: 'The sea wall inquiry in full' }).click();
  const article = page.getByRole('article');
  // Headings only exist in the HTML layout, which for an article this size comes from the worker.
  await expect(article.getByRole('heading', { name: 'Part 1 of the inquiry' })).toBeVisible();
  await expect(article.locator('.reader-html')).toHaveCount(1);
  await expect(article.getByRole('listitem').first()).toHaveText('Point 1a about the wall');
});
