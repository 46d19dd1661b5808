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

test('a drag begun on an echo’s cluster number can be highlighted', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  // A paragraph that begins with an echo: its cluster number stands at the left edge.
  // Numbered once the article's echoes are found (slow on a loaded machine).
  await expect(page.locator('.reader-text sup.cluster-number').first()).toBeVisible({
    timeout: 30_000,
  });
  const index = await page.locator('.reader-text p').evaluateAll((ps) =>
    ps.findIndex((p) => {
      const number = p.querySelector('sup.cluster-number');
      return (
        number !== null && number.getBoundingClientRect().left - p.getBoundingClientRect().left < 4
      );
    }),
  );
  expect(index).toBeGreaterThanOrEqual(0);
  const paragraph = page.locator('.reader-text p').nth(index);
  await paragraph.scrollIntoViewIfNeeded();
  const at = await paragraph.boundingBox();
  if (!at) throw new Error('the paragraph has no box');
  // From the paragraph's left edge, where the number stands, along its first line.
  await page.mouse.move(at.x + 2, at.y + 8);
  await page.mouse.down();
  await page.mouse.move(at.x + 300, at.y + 8, { steps: 8 });
  await page.mouse.up();
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  expect(selected.length).toBeGreaterThan(5);
  // Its start was read as past its end: no highlight button, and h did nothing.
  await expect(page.getByRole('toolbar', { name: 'Highlight the selected passage' })).toBeVisible();
  await page.keyboard.press('h');
  await expect(page.locator('.reader-text .note-mark').first()).toBeVisible();
});

test('a selection over a numbered passage holds its words, not its cluster number', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  const mark = page.locator('.reader-text mark.echo-mark:has(sup.cluster-number)').first();
  await expect(mark).toBeVisible({ timeout: 30_000 });
  // The number is on screen (drawn by CSS), but what a selection of the passage copies is its words.
  const number = await mark.locator('sup.cluster-number').getAttribute('data-number');
  expect(number).toMatch(/^\d+$/);
  const shown = await mark
    .locator('sup.cluster-number')
    .evaluate((sup) => getComputedStyle(sup, '::before').content);
  expect(shown).toBe(`"${number}"`);
  const { selected, words } = await mark.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    // The passage's own words: its text outside the number's element.
    const outside = [...element.childNodes].filter(
      (node) => !(node instanceof HTMLElement && node.matches('sup.cluster-number')),
    );
    return {
      selected: selection?.toString() ?? '',
      words: outside.map((node) => node.textContent).join(''),
    };
  });
  expect(words.length).toBeGreaterThan(10);
  expect(selected).toBe(words);
  expect(selected).not.toMatch(new RegExp(`^\\s*${number}`));
});
