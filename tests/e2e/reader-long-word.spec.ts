import { expect, test } from '@playwright/test';

// A signed link or a hash pasted into a story has no place to break: the reader must wrap it
// inside the text column, not run it past the column's edge where the window clips it.
const token = `https://cdn.example.net/a?sig=${'Zm9vYmFyYmF6cXV4'.repeat(20)}`;
const text = `A link that will not break\n\nThe leaked file was at ${token} before it was taken down.\n\nA closing paragraph of plain words.\n`;

for (const width of [1280, 640]) {
  test(`a word longer than the column wraps inside it (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import files…' }).first().click();
    await (
      await chooser
    ).setFiles({ name: 'long-word.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.getByRole('button', { name: /A link that will not break/ }).click();
    const paragraph = page.locator('.reader-text p', { hasText: 'The leaked file' });
    await expect(paragraph).toBeVisible();
    const box = await paragraph.evaluate((p) => {
      const column = p.closest('.reader')?.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(p);
      const words = range.getBoundingClientRect();
      return {
        column: column?.right ?? 0,
        words: words.right,
        page: document.documentElement.clientWidth,
      };
    });
    expect(box.words).toBeLessThanOrEqual(box.column + 1);
    expect(box.words).toBeLessThanOrEqual(box.page);
  });
}
