import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';

const p = [
  'Ministers met on Monday to agree a new package of funding for the coastal towns hit by the storms.',
  'The package includes money for sea defences, for repairs to homes and for small businesses that lost stock.',
  'Local councils said the money would arrive too late for the families who had already left their homes.',
  'The opposition called the announcement a reheated promise that had been made twice before this year.',
  'A review of the flood warnings that failed on the night of the storm will report in the spring.',
];

test('versions: a paragraph that moved is shown as moved, an edited one word by word', async ({
  page,
}, info) => {
  const first = info.outputPath('storm-v1.txt');
  const second = info.outputPath('storm-v2.txt');
  writeFileSync(first, ['Storm funding agreed', ...p].join('\n\n'));
  const edited = (p[2] ?? '').replace('too late', 'far too late');
  writeFileSync(
    second,
    ['Storm funding agreed (updated)', p[1], edited, p[3], p[4], p[0]].join('\n\n'),
  );

  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (await chooser).setFiles([first, second]);
  await expect(page.getByRole('status', { name: 'Import summary' })).toBeVisible();

  await page.getByRole('checkbox', { name: /^Select Storm funding agreed$/ }).click();
  await page.getByRole('checkbox', { name: /^Select Storm funding agreed \(updated\)$/ }).click();
  await page.getByRole('button', { name: 'Link as versions' }).click();
  await expect(page.getByText('Linked 2 articles as versions of one story.')).toBeVisible();
  await expect(
    page.locator('.article-row', { hasText: 'Storm funding agreed' }).locator('.versions-badge'),
  ).toHaveCount(2);

  await page.getByRole('button', { name: 'Storm funding agreed (updated)' }).click();
  await expect(page.getByRole('region', { name: /^With its other versions: \d+$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /^With the rest of the archive/ })).toHaveCount(0);
  await page.getByRole('button', { name: '2 versions' }).click();
  await expect(page.getByRole('heading', { name: /2 versions of/ })).toBeVisible();

  const rows = page.getByRole('table', { name: 'Paragraphs of the two versions' });
  await expect(rows.locator('[data-kind="moved-out"]')).toContainText('Ministers met on Monday');
  await expect(rows.locator('[data-kind="moved-in"]')).toContainText('Moved from paragraph');
  await expect(rows.locator('[data-kind="deleted"]', { hasText: 'Ministers met' })).toHaveCount(0);
  await expect(rows.locator('[data-kind="changed"] ins', { hasText: 'far' })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0)); // sticky top bar drawn at the top
  await page.screenshot({ path: 'test-results/versions-light.png', fullPage: true });
});

test('comparing two long versions scrolls both columns together and steps through differences', async ({
  page,
}, info) => {
  const paragraph = (i: number): string =>
    `Paragraph ${i} of the long report describes the council's plans for the district in some detail, with figures and dates that readers may want to check against the earlier version.`;
  const first = info.outputPath('long-v1.txt');
  const second = info.outputPath('long-v2.txt');
  const paragraphs = Array.from({ length: 60 }, (_, i) => paragraph(i));
  writeFileSync(first, ['Long report', ...paragraphs].join('\n\n'));
  writeFileSync(
    second,
    [
      'Long report (revised)',
      ...paragraphs.map((p, i) => (i % 15 === 7 ? p.replace('some detail', 'great detail') : p)),
    ].join('\n\n'),
  );
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (await chooser).setFiles([first, second]);
  await expect(page.getByRole('status', { name: 'Import summary' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Select Long report', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Select Long report (revised)' }).click();
  await page.getByRole('button', { name: 'Compare the two' }).click();

  const left = page.getByRole('region', { name: /^Left:/ });
  const right = page.getByRole('region', { name: /^Right:/ });
  await expect(left.locator('[data-kind="changed"]').first()).toBeAttached();
  await left.evaluate((element) =>
    element.scrollTo(0, (element.scrollHeight - element.clientHeight) / 2),
  );
  await expect
    .poll(async () =>
      right.evaluate((e) => Math.round((100 * e.scrollTop) / (e.scrollHeight - e.clientHeight))),
    )
    .toBeGreaterThan(40);

  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await expect(page.getByText(/^2 of \d+$/)).toBeVisible();
  await expect(left.locator('.seg-current').first()).toBeInViewport();
  await expect(right.locator('.seg-current').first()).toBeInViewport();
  await page.keyboard.press('p');
  await expect(page.getByText(/^1 of \d+$/)).toBeVisible();
});

test('two very long versions are aligned off the page: a notice while it works, then the comparison', async ({
  page,
}, info) => {
  // ~1,500 paragraphs a side (over 400,000 characters together): aligned in the align worker.
  const paragraph = (i: number): string =>
    `Paragraph ${i} of the inquiry transcript records witness ${i % 97} answering questions about inspection ${i * 7} of the northern sea wall and the money set aside for it.`;
  const paragraphs = Array.from({ length: 1500 }, (_, i) => paragraph(i));
  const first = info.outputPath('transcript-v1.txt');
  const second = info.outputPath('transcript-v2.txt');
  writeFileSync(first, ['Inquiry transcript', ...paragraphs].join('\n\n'));
  writeFileSync(
    second,
    [
      'Inquiry transcript (corrected)',
      ...paragraphs.map((p, i) => (i === 900 ? p.replace('northern', 'southern') : p)),
    ].join('\n\n'),
  );
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (await chooser).setFiles([first, second]);
  await expect(page.getByRole('status', { name: 'Import summary' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Select Inquiry transcript', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Select Inquiry transcript (corrected)' }).click();
  await page.getByRole('button', { name: 'Compare the two' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Aligning two long texts' }),
  ).toBeVisible();
  const left = page.getByRole('region', { name: /^Left:/ });
  // The one edited word, found among ~40,000 (the title's "(corrected)" is an insertion).
  await expect(left.locator('[data-kind="changed"]')).toHaveCount(1, { timeout: 60_000 });
  await expect(left.locator('[data-kind="changed"]')).toHaveText('northern');
});
