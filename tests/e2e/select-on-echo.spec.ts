import { expect, test } from '@playwright/test';

test('dragging over words of an echo passage selects them to highlight; it does not open the cluster', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  const echo = page.locator('.echo-mark', { hasText: 'united for Ukraine' }).first();
  await expect(echo).toBeVisible();
  const reader = page.url();
  // A person selects with the mouse: press inside the passage, drag across words of it (on its
  // second line, which it fills from edge to edge), let go inside it.
  await echo.scrollIntoViewIfNeeded();
  const line = await echo.evaluate((mark) => {
    const rects = [...mark.getClientRects()].filter((r) => r.width > 200);
    const r = rects[1] ?? rects[0];
    if (!r) throw new Error('the echo passage has no line');
    return { x: r.left, y: r.top + r.height / 2, width: r.width };
  });
  await page.mouse.move(line.x + 10, line.y);
  await page.mouse.down();
  await page.mouse.move(line.x + line.width / 2, line.y, { steps: 8 });
  await page.mouse.up();
  expect(await page.evaluate(() => window.getSelection()?.toString().length ?? 0)).toBeGreaterThan(
    5,
  );
  await page.keyboard.press('h');
  await expect(page.locator('.echo-mark .note-mark').first()).toBeVisible();
  expect(page.url()).toBe(reader);
  // A plain click on the passage still opens its cluster.
  await page.locator('.echo-mark', { hasText: 'supportive' }).click();
  await expect(page.getByRole('heading', { name: /^2 copies in one article/ })).toBeVisible();
});
