import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { releasePrintings } from '../support/release-printings';
import { markdownFile } from './support/wire-stories';

// A press release of ten paragraphs printed by six papers, trimmed and edited as papers do, and
// two unrelated quotes some of them also print (one after the release, others in stories of
// their own), generated here as Markdown files with front matter.
const articles = releasePrintings(6);

test('releases: a story reprinted by six papers is one row, first printed by paper 0, exported a row a story', async ({
  page,
}, info) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (
    await chooser
  ).setFiles(
    articles.map((a) =>
      markdownFile({
        file: `${a.id}.md`,
        title: a.title,
        source: a.source,
        date: a.date,
        body: a.text,
      }),
    ),
  );
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText(
    `${articles.length} added`,
    // Twelve files, each fingerprinted and checked for near copies, on a machine shared by many.
    { timeout: 60_000 },
  );

  await page.getByRole('button', { name: 'Strongest echoes' }).click();
  const clusters = page.getByRole('list', { name: 'Clusters' });
  // The release is several clusters (the pieces the papers' trims leave) before grouping.
  await expect(clusters.getByRole('listitem').first()).toBeVisible({ timeout: 60_000 });
  expect(await clusters.getByRole('listitem').count()).toBeGreaterThan(3);

  await page.getByRole('checkbox', { name: 'One row per story reprinted' }).check();
  const releases = page.getByRole('list', { name: 'Releases' });
  const story = releases.getByRole('listitem', {
    name: /^Story reprinted: \d+ passages in 6 articles from 6 sources, first on 2 Mar 2026 by Paper 0$/,
  });
  await expect(story).toHaveCount(1);
  // The quotes are releases of their own: one passage each, in the release's printing of paper 0
  // (after the release) or 5 (before it) and in three other stories of those papers.
  for (const first of ['2 Mar 2026 by Paper 0', '3 Mar 2026 by Paper 5'])
    await expect(
      releases.getByRole('listitem', {
        name: `Passage reprinted: 1 passage in 4 articles from 3 sources, first on ${first}`,
      }),
    ).toHaveCount(1);
  await expect(releases.getByRole('listitem')).toHaveCount(3);

  // Exported, the list is its three stories, a row each, the release's first printing named.
  await expect(page.getByText('Export these 3 stories:')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^verso-releases-\d{4}-\d\d-\d\d\.csv$/);
  const csvPath = info.outputPath('releases.csv');
  await file.saveAs(csvPath);
  // Rows end in CRLF; the passages' own line breaks inside a cell are LF.
  const [header, ...rows] = readFileSync(csvPath, 'utf8').split('\r\n').filter(Boolean);
  expect(header).toBe(
    'release,headline,passages,articles,sources,printed_whole,first_date,first_dated_by,first_sources,first_title,first_url,first_article_id,cluster_ids,text',
  );
  expect(rows).toHaveLength(3);
  expect(rows[0]).toMatch(
    /^1,"Story reprinted: \d+ passages in 6 articles from 6 sources, first on 2 Mar 2026 by Paper 0",\d+,6,6,\d+,2026-03-02T00:00:00\.000Z,published,Paper 0,Release as printed by paper 0,/,
  );
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toHaveText(
    /^Exported 3 stories, \d+ printings\.$/,
  );

  await story.getByRole('button', { name: /^Story reprinted/ }).click();
  const printings = story.getByRole('list', { name: 'Printings, earliest first' });
  await expect(printings.getByRole('listitem')).toHaveCount(6);
  await expect(printings.getByRole('listitem').first()).toContainText(
    'Release as printed by paper 0',
  );
  await expect(printings.getByRole('listitem').first()).toContainText('first printing');
  // Paper 3 cut three paragraphs and dropped the fifth; paper 4 printed it whole.
  const paper = (k: number) =>
    printings.getByRole('listitem').filter({ hasText: `Release as printed by paper ${k}` });
  await expect(paper(4)).toContainText(/kept all \d+ passages/);
  await expect(paper(3)).toContainText(/kept \d+ of \d+ passages/);

  await paper(3).getByRole('button', { name: 'Compare with the first printing' }).click();
  await expect(page).toHaveURL(/#\/compare-articles\/.+\/.+/);
  expect(problems).toEqual([]);
});
