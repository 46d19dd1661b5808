import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

// The founding case with the two papers that reprint it: every cluster, then one, exported as the
// web host does it (a download), read back from the file.
test('clusters export as CSV and as an HTML report, downloaded; the quote whole, first printing first', async ({
  page,
}, info) => {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (
    await chooser
  ).setFiles([
    'seeds/000_7500752fa51d260b.txt',
    'tests/fixtures/reprints/ledger.html',
    'tests/fixtures/reprints/post.html',
  ]);
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText('3 added', {
    timeout: 30_000,
  });
  await page.getByRole('button', { name: 'Strongest echoes' }).click();
  const list = page.getByRole('list', { name: 'Clusters' });
  await expect(list.getByRole('listitem')).toHaveCount(2, { timeout: 60_000 });
  // The quote's row shows its first printing's words (the Ledger's, from "He continued:"),
  // the quote's opening mark and all.
  await expect(list.getByRole('listitem', { name: /^3 copies in 1 source/ })).toContainText(
    '“He continued: ‘I am proud that the UK is united for Ukraine',
  );

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV' }).click();
  const csvFile = await csvDownload;
  expect(csvFile.suggestedFilename()).toMatch(/^verso-clusters-\d{4}-\d\d-\d\d\.csv$/);
  const csvPath = info.outputPath('clusters.csv');
  await csvFile.saveAs(csvPath);
  const csv = readFileSync(csvPath, 'utf8');
  const lines = csv.split('\r\n').filter(Boolean);
  expect(lines[0]).toBe(
    'cluster,source,title,date,dated_by,url,article_id,passage_start,passage_end,passage_text,similarity',
  );
  // One row per printing: 4 of the £200m paragraph, 3 of the quote.
  expect(lines).toHaveLength(1 + 4 + 3);
  expect(csv).toContain('Daily Ledger');
  expect(csv).toContain('‘I am proud that the UK is united for Ukraine.');
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toHaveText(
    'Exported 2 clusters, 7 printings.',
  );

  // One cluster, from its own view, as a report: standalone, no script, the quote escaped.
  await list
    .getByRole('listitem', { name: /^3 copies in 1 source/ })
    .getByRole('button')
    .click();
  await expect(page.getByRole('heading', { name: /^3 copies in 1 source/ })).toBeVisible();
  const htmlDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'HTML report' }).click();
  const htmlFile = await htmlDownload;
  expect(htmlFile.suggestedFilename()).toMatch(/^verso-cluster-\d{4}-\d\d-\d\d\.html$/);
  const htmlPath = info.outputPath('cluster.html');
  await htmlFile.saveAs(htmlPath);
  const html = readFileSync(htmlPath, 'utf8');
  expect(html.startsWith('<!doctype html>')).toBe(true);
  expect(html).not.toMatch(/<script/i);
  expect(html.match(/class="printing"/g)).toHaveLength(3);
  expect(html).toContain('‘I am proud that the UK is united for Ukraine.');

  // Opened offline, the report shows the three printings.
  await page.goto(`file://${htmlPath}`);
  await expect(page.locator('blockquote')).toHaveCount(3);
  await expect(page.locator('h2')).toContainText('Cluster 1: 3 copies in 1 source');
});
