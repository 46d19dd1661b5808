import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { markdownFile, railWire, type MarkdownStory } from './support/wire-stories';

// One wire paragraph printed in five articles of four sources (two from the Morning Post),
// lightly edited as papers do; a subscription footer in three articles of The Harbour Gazette.
const wire = railWire;
const footer =
  'The Harbour Gazette is an independent newspaper owned by its readers. To support local reporting, subscribe today and receive our weekly newsletter every Friday morning.';

const story = (
  file: string,
  title: string,
  source: string,
  date: string,
  paragraphs: readonly string[],
): MarkdownStory => ({ file, title, source, date, body: paragraphs.join('\n\n') });

const stories: readonly MarkdownStory[] = [
  story('ledger-rail.md', 'Coastal railway to be rebuilt', 'Daily Ledger', '2026-03-02', [
    'Passengers in the western valleys have waited almost a year for news about their line.',
    wire,
    'Campaigners who marched through the city centre in January said the decision vindicated them.',
  ]),
  story('post-rail.md', 'Money found for storm-hit line', 'Morning Post', '2026-03-03', [
    wire.replace('£200m', '£200 million'),
    'Our reporter rode the replacement coach from Porthmellow and found it half empty at noon.',
  ]),
  story('post-editorial.md', 'Editorial: trains before bridges', 'Morning Post', '2026-03-04', [
    'Ministers like ribbons and ceremonies, yet maintenance rarely wins them any applause at all.',
    wire.replace('confirmed on Tuesday', 'said on Tuesday'),
    'This newspaper has argued for steady repair budgets since the floods of the last decade.',
  ]),
  story('courier-rail.md', 'Rail link promise', 'Evening Courier', '2026-03-05', [
    wire.replace(' last winter', ''),
    'Shopkeepers on Quay Street reported takings down by a third since the closure began.',
  ]),
  story('gazette-rail.md', 'Harbour line will reopen', 'The Harbour Gazette', '2026-03-06', [
    'Fishermen watched from the breakwater as surveyors measured what remained of the embankment.',
    wire,
    footer,
  ]),
  story(
    'gazette-regatta.md',
    'Regatta returns after two years',
    'The Harbour Gazette',
    '2026-02-20',
    [
      'Forty dinghies crossed the start line under grey skies, cheered on by families along the pier.',
      footer,
    ],
  ),
  story(
    'gazette-library.md',
    'Library opening hours extended',
    'The Harbour Gazette',
    '2026-02-25',
    [
      'Volunteers will staff the reading room on Saturday afternoons from next month onwards, trustees agreed.',
      footer,
    ],
  ),
];

async function importStories(page: Page): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (
    await chooser
  ).setFiles([
    ...stories.map(markdownFile),
    {
      name: '000_7500752fa51d260b.txt',
      mimeType: 'text/plain',
      buffer: readFileSync('seeds/000_7500752fa51d260b.txt'),
    },
  ]);
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText('8 added');
}

test('clusters: one row per repeated passage, boilerplate on request, the collation, reuse in the library', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await importStories(page);

  await page.getByRole('button', { name: 'Strongest echoes' }).click();
  const list = page.getByRole('list', { name: 'Clusters' });
  const wireRow = list.getByRole('listitem', {
    name: '5 copies in 4 sources, first on 2 Mar 2026 by Daily Ledger',
  });
  await expect(wireRow).toBeVisible();
  await expect(wireRow).toContainText('coastal railway line');
  // The sample article's two repeats are clusters of two within it; the footer is hidden.
  await expect(list.getByRole('listitem', { name: /^2 copies in one article/ })).toHaveCount(2);
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('status').filter({ hasText: 'clusters' })).toContainText(
    '3 of 4 clusters · 1 boilerplate hidden',
  );
  await page.getByRole('checkbox', { name: 'Show boilerplate' }).check();
  const footerRow = list.getByRole('listitem', {
    name: '3 copies in 1 source, first on 20 Feb 2026 by The Harbour Gazette',
  });
  await expect(footerRow).toContainText('boilerplate');
  await expect(list.getByRole('listitem')).toHaveCount(4);
  await page.screenshot({ path: 'test-results/cluster-list.png', fullPage: true });

  // Filters and sort: kind, source, minimum copies, and the earliest first printing first.
  await page.getByRole('combobox', { name: 'Kind of echo' }).selectOption('across');
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('spinbutton', { name: 'Fewest copies' }).fill('4');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('spinbutton', { name: 'Fewest copies' }).fill('2');
  await page.getByRole('combobox', { name: 'Sort clusters by' }).selectOption('earliest');
  await expect(list.getByRole('listitem').first()).toHaveAccessibleName(/^3 copies in 1 source/);
  await page.getByRole('combobox', { name: 'Printed by source' }).selectOption('Evening Courier');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Printed by source' }).selectOption('');
  await page.getByRole('checkbox', { name: 'Show boilerplate' }).uncheck();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  // Edited copies: the wire cluster's mean similarity is under 100%, its copies dated 2–6 March.
  // The filter is on the mean similarity the rows show ("98% similar on average").
  const similarity = page.getByRole('spinbutton', {
    name: 'Lowest average similarity of the copies, in per cent',
  });
  await expect(page.locator('label', { has: similarity })).toHaveText(/^On average at least/);
  await similarity.fill('100');
  await expect(wireRow).toBeHidden();
  await similarity.fill('0');
  await expect(wireRow).toBeVisible();
  await page.getByLabel('Printed from').fill('2026-03-07');
  await expect(wireRow).toBeHidden();
  await page.getByLabel('Printed from').fill('2026-03-06');
  await expect(wireRow).toBeVisible();
  await page.getByLabel('Printed to').fill('2026-03-01');
  await expect(wireRow).toBeHidden();
  await page.getByLabel('Printed from').fill('');
  await page.getByLabel('Printed to').fill('');
  await expect(wireRow).toBeVisible();

  // The collation: every copy against the representative, earliest first, the origin marked.
  await wireRow.getByRole('button').click();
  await expect(
    page.getByRole('heading', {
      name: '5 copies in 4 sources, first on 2 Mar 2026 by Daily Ledger',
    }),
  ).toBeVisible();
  const copies = page
    .getByRole('list', { name: 'Every copy, earliest first' })
    .getByRole('listitem');
  await expect(copies).toHaveCount(5);
  await expect(copies.nth(0)).toHaveAccessibleName(
    'Copy 1: Daily Ledger, 2 Mar 2026, the likely origin',
  );
  await expect(copies.nth(0)).toContainText('origin');
  await expect(copies.nth(1)).toHaveAccessibleName('Copy 2: Morning Post, 3 Mar 2026');
  // Every other copy is aligned against the representative, its differences marked.
  const badge = page.getByText('representative', { exact: true });
  const representative = copies.filter({ has: badge });
  await expect(representative).toHaveCount(1);
  const byName = (name: string) => copies.filter({ has: page.getByRole('button', { name }) });
  const others = copies.filter({ hasNot: badge });
  await expect(others.filter({ hasText: '% similar' })).toHaveCount(4);
  const repText = (await representative.locator('blockquote').textContent()) ?? '';
  const post = byName('Money found for storm-hit line');
  if (repText.includes('£200m'))
    await expect(post.locator('[data-kind="equivalent"]')).toHaveText('£200 million');
  const courier = byName('Rail link promise');
  if (repText.includes('last winter'))
    await expect(courier.locator('[data-kind="deleted"]')).toContainText('last winter');
  const editorial = byName('Editorial: trains before bridges');
  const ledger = byName('Coastal railway to be rebuilt');
  // "confirmed" (four copies) against "said" (the editorial): whichever is the representative,
  // the other wording is marked as changed.
  await expect(
    (repText.includes('said on Tuesday') ? ledger : editorial).locator('[data-kind="changed"]'),
  ).toContainText(repText.includes('said on Tuesday') ? 'confirmed' : 'said');
  const timeline = page
    .getByRole('list', { name: 'When each copy appeared' })
    .getByRole('listitem');
  await expect(timeline).toHaveCount(5);
  await expect(timeline.first()).toHaveAccessibleName(/Daily Ledger \(origin\)$/);
  // A key to the word marks, in the collation's own terms (a copy against the representative).
  const legend = page.getByRole('list', { name: 'Key to the marked words' });
  await expect(legend).toContainText('only in this copy');
  await expect(legend).toContainText('in the representative, not in this copy');
  await page.screenshot({ path: 'test-results/cluster-collation.png', fullPage: true });
  // At 640 px a title that wraps stays aligned with the text under it, not centred.
  await page.setViewportSize({ width: 640, height: 800 });
  expect(
    await editorial
      .getByRole('button')
      .first()
      .evaluate((b) => getComputedStyle(b).textAlign),
  ).toMatch(/^(start|left)$/);
  await page.setViewportSize({ width: 1280, height: 720 });

  // Reuse share: a column in the library, sortable; footer-only articles have none.
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('reuse-desc');
  const rows = page.getByRole('listbox', { name: 'Articles' }).getByRole('option');
  await expect(rows.first()).toContainText('% reused');
  await expect(rows.filter({ hasText: '% reused' })).toHaveCount(5);
  await expect(rows.filter({ hasText: 'Regatta returns' })).not.toContainText('% reused');
  const shares = await rows
    .filter({ hasText: '% reused' })
    .evaluateAll((items) =>
      items.map((item) => Number(/(\d+)% reused/.exec(item.textContent)?.[1])),
    );
  expect(shares).toEqual([...shares].sort((x, y) => y - x));
  expect(shares.every((share) => share > 0 && share <= 100)).toBe(true);
  await page.screenshot({ path: 'test-results/library-reuse.png' });

  // Reader: the reuse line on top names the other printings.
  await page.getByRole('button', { name: 'Rail link promise' }).click();
  const reuse = page.getByRole('region', { name: 'Reuse share' });
  await expect(reuse).toContainText('reused');
  await expect(reuse).toContainText('appear in 4 other articles');
  await expect(reuse.getByRole('button', { name: 'Coastal railway to be rebuilt' })).toBeVisible();
  // Its highlight is numbered by its cluster and says how many copies exist; it opens the cluster.
  const mark = page.locator('.echo-mark').first();
  await expect(mark).toHaveAttribute('title', /^Cluster 1: 5 copies of this passage/);
  await expect(mark).toHaveAccessibleName(/^Cluster 1: 5 copies/);
  await expect(page.locator('.echo-item-head').first()).toHaveText(
    /^Cluster 1 \d+% similar · 5 copies$/,
  );
  await mark.click();
  await expect(page.getByRole('heading', { name: /^5 copies in 4 sources/ })).toBeVisible();

  // The sample article still shows its two echoes, each a cluster of two.
  await page.goto('/#/');
  await page
    .getByRole('button', { name: /DEFENCE Secretary/ })
    .first()
    .click();
  await expect(page.getByRole('region', { name: /^Within this article/ })).toHaveAccessibleName(
    'Within this article: 2',
  );
  // Highlights reach the text's chunks a few per task, so wait for them to land.
  await expect
    .poll(async () =>
      (
        await page
          .locator('.echo-mark[data-cluster]')
          .evaluateAll((marks) => [...new Set(marks.map((m) => m.getAttribute('data-cluster')))])
      ).sort(),
    )
    .toEqual(['1', '2']);
  await expect(page.locator('.echo-mark').first()).toHaveAttribute(
    'title',
    /: 2 copies of this passage/,
  );
  expect(problems).toEqual([]);
});
