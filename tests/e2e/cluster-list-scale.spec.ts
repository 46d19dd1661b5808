import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';

const syllables =
  'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu'.split(
    ' ',
  );

/** A sentence of made-up words from a fixed generator (mulberry32): no run of them repeats. */
function sentences(seed: number, words = 36): string {
  let state = seed * 7919 + 1;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const syllable = (): string => syllables[Math.floor(next() * syllables.length)] ?? 'ba';
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(syllable() + syllable() + syllable());
  return `${out.join(' ')}.`;
}

const passages = 400;

test('Strongest echoes lists 400 clusters virtualised: a window of rows in the page, scrolling reaches the last', async ({
  page,
}, info) => {
  // Two articles sharing 400 passages, each copy between paragraphs of its own, in reverse
  // order in the second: 400 clusters of two, none of them joined to another.
  const passage = (i: number): string => sentences(i);
  const first = Array.from({ length: passages }, (_, i) => [passage(i), sentences(10_000 + i)]);
  const second = Array.from({ length: passages }, (_, i) => [
    passage(passages - 1 - i),
    sentences(20_000 + i),
  ]);
  const files = [
    { name: 'wire-a.txt', title: 'Wire copy A', body: first },
    { name: 'wire-b.txt', title: 'Wire copy B', body: second },
  ].map(({ name, title, body }) => {
    const path = info.outputPath(name);
    writeFileSync(path, [title, ...body.flat()].join('\n\n'));
    return path;
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (await chooser).setFiles(files);
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText('2 added');

  await page.getByRole('button', { name: 'Strongest echoes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'clusters' })).toContainText(
    `${passages} of ${passages} clusters`,
    { timeout: 60_000 },
  );
  const list = page.getByRole('list', { name: 'Clusters' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  // Only a window of the 400 rows is in the page.
  const rows = page.locator('.cluster-slot');
  expect(await rows.count()).toBeLessThan(40);
  await expect(page.locator(`.cluster-slot[data-index="${passages - 1}"]`)).toHaveCount(0);

  // Scrolled to the end, the last cluster is shown, and still only a window of rows.
  const scroller = page.locator('.virtual-list.cluster-list');
  // Rows are measured as they are drawn (a long headline wraps), so the list's height can grow
  // under the first scroll to its end: scrolled again until the last row sits in view.
  await expect
    .poll(() =>
      scroller.evaluate((element, last) => {
        element.scrollTo(0, element.scrollHeight);
        const slot = element.querySelector(`.cluster-slot[data-index="${last}"]`);
        if (!slot) return false;
        const [row, view] = [slot.getBoundingClientRect(), element.getBoundingClientRect()];
        return row.top >= view.top - 1 && row.bottom <= view.bottom + 1;
      }, passages - 1),
    )
    .toBe(true);
  const last = page.locator(`.cluster-slot[data-index="${passages - 1}"]`);
  await expect(last).toBeInViewport();
  await expect(last.getByRole('listitem')).toHaveAccessibleName(/^2 copies in/);
  expect(await rows.count()).toBeLessThan(40);
  await expect(page.locator('.cluster-slot[data-index="0"]')).toHaveCount(0);
});
