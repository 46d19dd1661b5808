import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { importFiles } from './support/import-files';
import { markdownFile, railWireOpening } from './support/wire-stories';

// One wire paragraph in three papers, lightly edited; an emoji before it in one text, so
// passim's code-point offsets differ from the UTF-16 offsets Verso keeps.
const wire = railWireOpening;
const stories = [
  {
    file: 'ledger.md',
    title: 'Coastal railway to be rebuilt',
    source: 'Daily Ledger',
    date: '2026-03-02',
    body: `Passengers have waited almost a year for news. 🚆\n\n${wire}`,
  },
  {
    file: 'post.md',
    title: 'Money found for storm-hit line',
    source: 'Morning Post',
    date: '2026-03-03',
    body: `${wire.replace('£200m', '£200 million')}\n\nOur reporter found the coach half empty.`,
  },
  {
    file: 'courier.md',
    title: 'Rail link promise',
    source: 'Evening Courier',
    date: '2026-03-05',
    body: `Shopkeepers reported takings down by a third.\n\n${wire.replace(' last winter', '')}`,
  },
];

async function openArchivePanel(page: Page) {
  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  return page.getByRole('dialog', { name: 'Archive' });
}

interface Exported {
  id: string;
  series: string;
  date?: string;
  title: string;
  text: string;
}

/** A passim output folder for these exported articles, as passim 2 writes it (code points). */
function passimOutput(records: readonly Exported[]): string {
  // The test's own output folder, which Playwright empties at the next run (not /tmp).
  const dir = test.info().outputPath('passim');
  mkdirSync(join(dir, 'out.json'), { recursive: true });
  const passage = (r: Exported) => {
    const found = /The regional transport authority[^\n]*/.exec(r.text);
    if (!found) throw new Error(`no wire paragraph in ${r.title}`);
    const begin = [...r.text.slice(0, found.index)].length;
    return {
      ...r,
      cluster: 8589934592,
      size: 3,
      begin,
      end: begin + [...found[0]].length,
      uid: 1,
      text: found[0],
    };
  };
  const [first, ...rest] = records.map(passage);
  writeFileSync(
    join(dir, 'out.json', 'part-00000-a.json'),
    `${JSON.stringify(first)}\nnot json at all\n`,
  );
  const ghost = {
    id: 'ghost-article',
    series: 'Gone',
    cluster: 8589934592,
    size: 3,
    begin: 0,
    end: 5,
    uid: 9,
    text: 'Ghost',
  };
  writeFileSync(
    join(dir, 'out.json', 'part-00001-a.json.gz'),
    gzipSync(`${[...rest, ghost].map((r) => JSON.stringify(r)).join('\n')}\n`),
  );
  writeFileSync(join(dir, 'conf'), `${JSON.stringify({ n: 5, maxDF: 100, min_match: 5 })}\n`);
  return dir;
}

test('passim: export the archive for passim, import its clusters, read them in the cluster view', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto('/');
  await importFiles(page, stories.map(markdownFile));
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText('3 added');

  // Archive › Export for passim…: one record per article.
  const panel = await openArchivePanel(page);
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export for passim…' }).click();
  const file = await (await download).path();
  const records = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Exported);
  expect(records.map((r) => Object.keys(r))).toEqual(
    records.map(() => ['id', 'series', 'date', 'title', 'url', 'text']),
  );
  expect(records.map((r) => r.series).sort()).toEqual([
    'Daily Ledger',
    'Evening Courier',
    'Morning Post',
  ]);
  await expect(panel.getByRole('status').filter({ hasText: 'Exported' })).toContainText(
    'Exported 3 articles for passim.',
  );

  // Archive › Import passim clusters…: the output folder, one part gzipped.
  const folder = passimOutput(records);
  const picker = page.waitForEvent('filechooser');
  await panel.getByRole('button', { name: 'Import passim clusters…' }).click();
  await (await picker).setFiles(folder);
  const result = panel.getByRole('status').filter({ hasText: 'Imported' });
  await expect(result).toContainText('Imported 1 cluster (3 passages) from 2 passim part files');
  await expect(result).toContainText(
    "1 id in passim's output is not in this archive: ghost-article",
  );
  await expect(result).toContainText('part-00000-a.json:2: not a JSON record');
  await panel.getByRole('button', { name: 'Close' }).click();

  // The cluster view shows passim's cluster like Verso's own.
  await page.getByRole('button', { name: 'Strongest echoes' }).click();
  await page.getByRole('combobox', { name: 'Clusters from' }).selectOption('passim');
  await expect(
    page.getByText('Imported from passim (n 5 · maxDF 100 · min_match 5)'),
  ).toBeVisible();
  const list = page.getByRole('list', { name: 'Clusters' });
  const row = list.getByRole('listitem', {
    name: '3 copies in 3 sources, first on 2 Mar 2026 by Daily Ledger',
  });
  await expect(row).toBeVisible();
  await row.getByRole('button').click();
  const copies = page
    .getByRole('list', { name: 'Every copy, earliest first' })
    .getByRole('listitem');
  await expect(copies).toHaveCount(3);
  await expect(copies.nth(0)).toHaveAccessibleName(
    'Copy 1: Daily Ledger, 2 Mar 2026, the likely origin',
  );
  await expect(copies.nth(0).locator('blockquote')).toHaveText(wire);
  await expect(copies.nth(1).locator('[data-kind="equivalent"]')).toHaveText('£200 million');
  await expect(page.getByText(/^Imported from passim on/)).toBeVisible();
  // Reload keeps the route (#/cluster/passim/…) and the cluster.
  await page.reload();
  await expect(copies).toHaveCount(3);
  expect(problems).toEqual([]);
});
