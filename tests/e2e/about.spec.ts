import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

test('About in the web build shows the app version and the browser as it reports itself', async ({
  page,
}) => {
  await page.goto('/');
  const brands = await page.evaluate(() =>
    (
      (
        navigator as Navigator & {
          userAgentData?: { brands: { brand: string; version: string }[] };
        }
      ).userAgentData?.brands ?? []
    )
      .filter(({ brand }) => !/not.?a.?brand/i.test(brand))
      .map(({ brand, version: v }) => `${brand} ${v}`),
  );
  await page.getByRole('button', { name: 'About' }).click();
  const about = page.getByRole('dialog', { name: 'About Verso' });
  await expect(about).toContainText(`Version${version}`);
  expect(brands.length).toBeGreaterThan(0);
  await expect(about).toContainText(`Browser${brands.join(', ')}`);
  // No Electron line in a browser: it would be a claim the web build cannot make.
  await expect(about).not.toContainText('Electron');
  await page.screenshot({ path: 'test-results/about-web.png' });
});
