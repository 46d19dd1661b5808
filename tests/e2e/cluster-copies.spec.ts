import { expect, test } from '@playwright/test';
import { importFiles } from './support/import-files';

// A wire story printed by 1,060 articles of ten papers over eleven days, 60 of them printing it
// twice: 1,120 copies, more than the 1,000 a scan lists before it lists one copy per article.
const wire = [
  'The national weather service issued a severe storm warning on Thursday for the whole',
  'northern coast, telling residents to secure loose objects, avoid travel after dark and',
  'keep away from sea walls until the high tide has passed on Friday evening, while ferry',
  'operators cancelled every crossing planned for the next two days.',
].join(' ');
const syllables = 'ka lo mi re tu sa ne vi po da fe gu hi jo ku la me no pi ru'.split(' ');
/** A made-up word per number: the papers' own sentences share no run of words. */
const word = (n: number): string =>
  [0, 1, 2, 3].map((k) => syllables[Math.floor(n / 20 ** k) % 20]).join('');
const ownSentence = (i: number): string =>
  `${Array.from({ length: 14 }, (_, k) => word(((i * 14 + k) * 7919) % 160_000)).join(' ')}.`;
const papers = 10;
const articles = 1_060;
const twice = (i: number): boolean => i % 17 === 0 && i < 60 * 17;

function markdown(i: number): string {
  const day = String(1 + Math.floor(i / 100)).padStart(2, '0');
  const body = [ownSentence(i), wire, ownSentence(i + articles), ...(twice(i) ? [wire] : [])];
  return `---\ntitle: Storm warning ${i}\nsource: Paper ${i % papers}\ndate: 2026-01-${day}\n---\n\n${body.join('\n\n')}\n`;
}

test('a cluster past the listed 1,000 copies: every article listed, paged and filtered', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto('/');
  await importFiles(
    page,
    Array.from({ length: articles }, (_, i) => ({
      name: `storm-${i}.md`,
      mimeType: 'text/markdown',
      buffer: Buffer.from(markdown(i)),
    })),
  );
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText(
    `${articles} added`,
    { timeout: 120_000 },
  );
  const copiesInAll = articles + 60;
  expect(Array.from({ length: articles }, (_, i) => i).filter(twice)).toHaveLength(60);

  await page.getByRole('button', { name: 'Strongest echoes' }).click();
  const row = page
    .getByRole('list', { name: 'Clusters' })
    .getByRole('listitem', { name: /^1,120 copies in 10 sources/ });
  await row.getByRole('button').click({ timeout: 120_000 });
  const list = page.getByRole('list', { name: 'Every copy, earliest first' });
  const rows = list.getByRole('listitem');
  const count = page.locator('.copy-count');
  await expect(count).toHaveText(/^Copies 1–100 of [\d,]+ listed, earliest first\.$/);
  const listed = Number(/of ([\d,]+) listed/.exec(await count.innerText())?.[1]?.replace(',', ''));
  // Every article is listed (its first copy at least); only second copies inside them are not.
  expect(listed).toBeGreaterThanOrEqual(articles);
  expect(listed).toBeLessThan(copiesInAll);
  await expect(rows).toHaveCount(100);
  // The next page replaces this one: copies 101–200, numbered as in the whole list.
  const next = page.getByRole('button', { name: /^Next 100 copies/ });
  await next.click();
  await expect(count).toHaveText(/^Copies 101–200 of [\d,]+ listed, earliest first\.$/);
  await expect(rows).toHaveCount(100);
  await expect(rows.first()).toHaveAttribute('aria-label', /^Copy 101: /);
  await page.getByRole('button', { name: 'Previous 100 copies' }).click();
  await expect(count).toHaveText(/^Copies 1–100 of /);

  // One paper's copies: a tenth of the articles, each row printed by it.
  const source = page.getByRole('combobox', { name: 'Copies printed by source' });
  await source.selectOption('Paper 3');
  await expect(count).toHaveText(
    /^\d+ of [\d,]+ listed copies were printed by Paper 3 \(1–100 shown\)\.$/,
  );
  await expect(rows).toHaveCount(100);
  expect(
    (await rows.locator('.collation-head').allInnerTexts()).every((t) => t.includes('Paper 3')),
  ).toBe(true);
  // And one day of them: articles 300–399 are dated 4 January, ten of them by Paper 3.
  await page.getByLabel('Copies printed from').fill('2026-01-04');
  await page.getByLabel('Copies printed to').fill('2026-01-04');
  await expect(count).toHaveText(/^1\d of [\d,]+ listed copies were printed by Paper 3 from/);
  const heads = await rows.locator('.collation-head').allInnerTexts();
  expect(heads.length).toBeGreaterThanOrEqual(10);
  expect(heads.every((t) => t.includes('Paper 3, 4 Jan 2026'))).toBe(true);
  await page.screenshot({ path: 'test-results/cluster-copies-filtered.png' });

  // Unfiltered to the end: the copies left out are said, as further copies in listed articles.
  await source.selectOption('');
  await page.getByLabel('Copies printed from').fill('');
  await page.getByLabel('Copies printed to').fill('');
  for (let from = 100; from < listed; from += 100) {
    await page.getByRole('button', { name: /^Next \d+ copies/ }).click();
    await expect(count).toHaveText(new RegExp(`^Copies ${(from + 1).toLocaleString('en')}–`));
  }
  await expect(page.getByRole('button', { name: 'No later copies' })).toBeDisabled();
  await expect(rows).toHaveCount(listed % 100 || 100);
  await expect(count).toHaveText(new RegExp(`–${listed.toLocaleString('en')} of `));
  await expect(page.getByRole('note')).toContainText(
    `${copiesInAll - listed} more copies are counted, not listed: each is a further copy inside an article listed here`,
  );
  expect(problems).toEqual([]);
});
