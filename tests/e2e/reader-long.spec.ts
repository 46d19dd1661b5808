import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { selectInReader } from './support/story';

const vocabulary =
  'council harbour budget storm ferry housing school road bridge tide market report plan vote winter river district mayor island rail'.split(
    ' ',
  );

/** A paragraph of words drawn by a fixed generator: no run of words repeats across the article. */
function filler(seed: number): string {
  // mulberry32: 32-bit steps, so the sequence does not fall into a short cycle.
  let state = seed + 0x6d2b79f5;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  const words: string[] = [];
  for (let i = 0; i < 90; i++) {
    const x = next();
    words.push(`${vocabulary[x % vocabulary.length] ?? 'tide'}${(x >>> 8) % 997}`);
  }
  return `${words.join(' ')}.`;
}

const repeated =
  'The harbour master told the inquiry that the storm warning reached the ferry company three hours after the first boats had already left the quay.';
const ending = 'This is where the long hearing transcript ends, after the last witness.';

test('a long article: highlights are drawn near the window, the whole text is in the page, Show in text reaches a far highlight', async ({
  page,
}, info) => {
  // ~400,000 characters: many chunks, so only those near the window carry highlights.
  const paragraphs = Array.from({ length: 600 }, (_, i) => filler(i));
  paragraphs.splice(2, 0, repeated);
  paragraphs.push(repeated, ending);
  const file = info.outputPath('long-hearing.txt');
  writeFileSync(file, ['Long hearing transcript', ...paragraphs].join('\n\n'));
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (await chooser).setFiles([file]);
  await expect(page.getByRole('status', { name: 'Import summary' })).toBeVisible();
  await page.getByRole('button', { name: 'Long hearing transcript' }).click();
  await expect(page.locator('#echoes-title')).toHaveText(/^Echoes \(1\)/, { timeout: 60_000 });
  await expect(page.getByText('Laying out the rest of the article…')).toHaveCount(0, {
    timeout: 60_000,
  });

  // The first copy, in view, is numbered by its cluster.
  const first = page.locator('.reader-chunk').first().locator('.echo-mark[data-cluster]');
  await expect(first).toHaveCount(1);
  await expect(first.locator('.cluster-number')).toHaveAttribute('data-number', '1');
  // The whole text is in the page (find-in-page finds the end), but the far chunk that holds the
  // second copy draws no highlight yet.
  const last = page.locator('.reader-chunk').last();
  expect(await page.locator('.reader-chunk').count()).toBeGreaterThan(8);
  await expect(last).toContainText(ending);
  await expect(last).toContainText(repeated);
  await expect(last.locator('.echo-mark')).toHaveCount(0);

  // Scrolled to, it draws the second copy with the same number.
  await last.scrollIntoViewIfNeeded();
  await page.getByText(ending).scrollIntoViewIfNeeded();
  await expect(last.locator('.echo-mark[data-cluster="1"] .cluster-number')).toHaveAttribute(
    'data-number',
    '1',
  );

  // A highlight made at the end is shown again from the top of the article.
  await selectInReader(page, 'the last witness');
  await page.getByRole('button', { name: 'Highlight in green' }).click();
  await expect(page.locator('.reader-text .note-mark')).toHaveText('the last witness');
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(last.locator('.note-mark')).toHaveCount(0);
  await page
    .getByRole('region', { name: /^Highlights/ })
    .getByRole('button', { name: 'Show in text' })
    .click();
  await expect(page.locator('.reader-text .note-mark')).toBeInViewport();
});

test('a long file, read and written by the big-file worker, is found by search', async ({
  page,
}, info) => {
  // Over 256 KB: its text stays in the worker that read it, and the search index reads it back.
  const paragraphs = Array.from({ length: 600 }, (_, i) => filler(i));
  paragraphs.push('The ferry was renamed Kittiwake after the hearing.');
  const file = info.outputPath('long-renamed.txt');
  writeFileSync(file, ['Long ferry hearing', ...paragraphs].join('\n\n'));
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (await chooser).setFiles([file]);
  await expect(page.getByRole('status', { name: 'Import summary' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('kittiwake');
  const hit = page.locator('.article-row').first();
  await expect(hit.locator('.article-title')).toHaveText('Long ferry hearing');
  await expect(hit.locator('mark').first()).toBeVisible();
});
