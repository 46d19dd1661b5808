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
