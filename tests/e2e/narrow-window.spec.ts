import { expect, test } from '@playwright/test';

const screens = ['Library', 'Strongest echoes', 'Highlights', 'Sources'] as const;

test('at the desktop window’s smallest width (640 px) the top bar fits: every button is on screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  await expect(page.getByRole('article')).toContainText('£200m');
  for (const name of [
    ...screens,
    'Archive',
    'Switch to dark mode',
    'Keyboard shortcuts',
    'About',
  ]) {
    const box = await page
      .locator('.app-header')
      .getByRole('button', { name, exact: true })
      .boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 640, name).toBe(true);
  }
  for (const name of screens) {
    await page.locator('.app-header').getByRole('button', { name, exact: true }).click();
    // Nothing wider than the window: no sideways scrolling to reach a control.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      name,
    ).toBeLessThanOrEqual(0);
  }
});

test('what sticks below the top bar sticks below it, one line or two', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  await expect(page.getByRole('article')).toContainText('£200m');
  for (const width of [640, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    // The bar's height as drawn, and where the reader's side panel sticks (its computed top).
    await expect
      .poll(() =>
        page.evaluate(() => {
          const header = document.querySelector<HTMLElement>('.app-header');
          const side = document.querySelector<HTMLElement>('.reader-side');
          if (!header || !side) return 'missing';
          const said = getComputedStyle(document.documentElement).getPropertyValue(
            '--header-height',
          );
          const top = parseFloat(getComputedStyle(side).top);
          return said === `${header.offsetHeight}px` && top >= header.offsetHeight
            ? 'below'
            : `${said} ${top} ${header.offsetHeight}`;
        }),
      )
      .toBe('below');
  }
  // Two lines at 640 px, one at 1280: the check above saw both heights.
  await page.setViewportSize({ width: 640, height: 800 });
  const narrow = await page.locator('.app-header').evaluate((h: HTMLElement) => h.offsetHeight);
  await page.setViewportSize({ width: 1280, height: 800 });
  const wide = await page.locator('.app-header').evaluate((h: HTMLElement) => h.offsetHeight);
  expect(narrow).toBeGreaterThan(wide);
});
