import { expect, test, type Page } from '@playwright/test';
import { selectInReader } from './support/story';

/** WCAG's contrast ratio of two `rgb(…)` colours (1 = the same, 21 = black on white). */
function contrast(a: string, b: string): number {
  const luminance = (colour: string): number => {
    const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/**
 * The colours a person's highlight is drawn with inside an echo passage, and the echo's own
 * background: every colour the mark paints (its background, box shadows, a bottom border, an
 * outline), whatever the style sheet chooses.
 */
async function paintInsideEcho(
  page: Page,
): Promise<{ echo: string; note: string[]; around: string[] }> {
  return page
    .locator('.echo-mark .note-mark')
    .first()
    .evaluate((mark) => {
      const style = getComputedStyle(mark);
      const echo = mark.closest('.echo-mark');
      const colours = (style.boxShadow.match(/rgba?\([^)]*\)/g) ?? []).slice();
      // The colours drawn all round the words (an outer ring, or an outline), not only beneath.
      const around = style.boxShadow
        .split(/,(?![^(]*\))/)
        .filter((shadow) => !shadow.includes('inset'))
        .flatMap((shadow) => {
          const [x, y, blur, spread] = (
            shadow.replace(/rgba?\([^)]*\)/, '').match(/-?[\d.]+px/g) ?? []
          ).map(parseFloat);
          const ring = x === 0 && y === 0 && (blur ?? 0) === 0 && (spread ?? 0) >= 1;
          return ring ? (shadow.match(/rgba?\([^)]*\)/) ?? []) : [];
        });
      if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1)
        around.push(style.outlineColor);
      if (style.backgroundColor !== 'rgba(0, 0, 0, 0)') colours.push(style.backgroundColor);
      if (parseFloat(style.borderBottomWidth) >= 1 && style.borderBottomStyle !== 'none')
        colours.push(style.borderBottomColor);
      if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1)
        colours.push(style.outlineColor);
      return { echo: echo ? getComputedStyle(echo).backgroundColor : '', note: colours, around };
    });
}

test('a highlight made on an echo passage stands out from the echo, in light and dark', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  await expect(page.locator('.echo-mark').first()).toBeVisible();
  // The founding case's quote is an echo; the person highlights a few of its words.
  await selectInReader(page, 'united for Ukraine');
  await page.getByRole('button', { name: 'Highlight in yellow' }).click();
  await expect(page.locator('.echo-mark .note-mark')).toHaveText('united for Ukraine');

  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    // The theme lands on <html> in an effect after the click: read the colours once it has.
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.mouse.move(0, 0); // no spotlight on the echo
    const { echo, note, around } = await paintInsideEcho(page);
    // WCAG 1.4.11: a mark that carries meaning needs 3:1 against what it sits on.
    const best = Math.max(...note.map((colour) => contrast(colour, echo)));
    expect(best, `${theme}: highlight ${note.join(' / ')} on echo ${echo}`).toBeGreaterThanOrEqual(
      3,
    );
    // And it is drawn all round the words, so it does not read as an underline (q24 item 10).
    const framed = Math.max(0, ...around.map((colour) => contrast(colour, echo)));
    expect(framed, `${theme}: frame ${around.join(' / ')} on echo ${echo}`).toBeGreaterThanOrEqual(
      3,
    );
    await page
      .locator('.echo-mark', { has: page.locator('.note-mark') })
      .screenshot({ path: `test-results/highlight-on-echo-${theme}.png` });
  }
});
