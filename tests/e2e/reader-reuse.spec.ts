import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const sample = readFileSync('seeds/000_7500752fa51d260b.txt');
const paragraphs = sample.toString('utf8').split(/\n\s*\n/);
const quoted = (start: string): string => paragraphs.find((p) => p.includes(start))?.trim() ?? '';

// A paper reprints two of the sample's paragraphs among its own.
const reprint = [
  '---',
  'title: Ministers weigh a peacekeeping role',
  'source: Daily Ledger',
  'date: 2026-02-24',
  '---',
  '',
  'Officials in Whitehall spent the weekend drafting plans for a force that may never be sent.',
  '',
  quoted('coalition of the willing'),
  '',
  quoted('Last month, he travelled'),
  '',
  'Opposition members asked how long any deployment would last and who would pay for it.',
  '',
].join('\n');

async function importFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (await chooser).setFiles([{ name, mimeType: 'text/plain', buffer }]);
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText('1 added');
}

async function openSample(page: Page): Promise<void> {
  await page.goto('/#/');
  await page
    .getByRole('button', { name: /DEFENCE Secretary/ })
    .first()
    .click();
}

test('reader: the reuse line never says "in no other article" beside echoes with other articles', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await importFile(page, '000_7500752fa51d260b.txt', sample);

  // The archive scanned while it holds the sample alone: its repeats are within it, no reuse.
  await page.getByRole('button', { name: 'Strongest echoes' }).click();
  await expect(
    page.getByRole('list', { name: 'Clusters' }).getByRole('listitem', { name: /^2 copies/ }),
  ).toHaveCount(2);
  await openSample(page);
  const reuse = page.getByRole('region', { name: 'Reuse share' });
  await expect(reuse).toHaveText('No passage of this article appears in another article.');

  // Another paper's reprint comes in after that scan; the reader's echoes find it at once.
  await page.goto('/#/');
  await importFile(page, 'ledger.md', Buffer.from(reprint));
  await openSample(page);
  await expect(page.getByRole('region', { name: /^With the rest of the archive/ })).toBeVisible();
  // Before: "No passage of this article appears in another article (at the last scan; the
  // archive has changed)" above a list of echoes with the Ledger.
  await expect(reuse).toContainText(
    'Reuse share out of date: the last scan found no passage of this article in another article, but the archive has changed since, and its echoes now name another article.',
  );
  await expect(reuse).not.toContainText('No passage of this article appears');
  await page.screenshot({ path: 'test-results/reader-reuse-stale.png' });

  // Working it out again gives the share, naming the Ledger: the sample (23 Feb) printed both
  // shared paragraphs a day before it, so it is their first printer, not "100% reused".
  await reuse.getByRole('button', { name: 'Work it out again' }).click();
  await expect(reuse).toContainText('printed first here', { timeout: 60_000 });
  await expect(reuse).toContainText('appear in another article');
  await expect(
    reuse.getByRole('button', { name: 'Ministers weigh a peacekeeping role' }),
  ).toBeVisible();
  expect(problems).toEqual([]);
});

test('reader: after the echo settings change, the reuse line says its scan used other ones', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await importFile(page, '000_7500752fa51d260b.txt', sample);
  await importFile(page, 'ledger.md', Buffer.from(reprint));
  await page.getByRole('button', { name: 'Strongest echoes' }).click();
  await expect(page.getByRole('list', { name: 'Clusters' })).toBeVisible({ timeout: 60_000 });
  await openSample(page);
  const reuse = page.getByRole('region', { name: 'Reuse share' });
  await expect(reuse).toContainText('printed first here', { timeout: 60_000 });
  await expect(reuse.getByRole('button', { name: 'Work it out again' })).toHaveCount(0);

  // Longer passages only, in the echoes panel beside: the share counted passages of 8 words.
  await page.getByLabel('Fewest words in an echo').first().fill('40');
  // Before: the line kept its share, as current, at the thresholds the list no longer used.
  await expect(reuse).toContainText(
    'worked out with passages of at least 8 words at 50% similarity; the echoes use 40 words at 50%',
  );
  await reuse.getByRole('button', { name: 'Work it out again' }).click();
  await expect(reuse).not.toContainText('worked out with passages', { timeout: 60_000 });
  await expect(reuse.getByRole('button', { name: 'Work it out again' })).toHaveCount(0);
});

test('reader: the reuse line names the paper of each article it lists, so printings under one headline are told apart', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await importFile(page, '000_7500752fa51d260b.txt', sample);
  await importFile(page, 'ledger.md', Buffer.from(reprint));
  // A second paper runs the same two paragraphs under the same headline, with words of its own.
  const chronicle = reprint
    .replace('source: Daily Ledger', 'source: Bath Chronicle')
    .replace('Officials in Whitehall spent', 'Civil servants in Bath heard how officials spent');
  await importFile(page, 'chronicle.md', Buffer.from(chronicle));
  await page.getByRole('button', { name: 'Strongest echoes' }).click();
  await expect(page.getByRole('list', { name: 'Clusters' })).toBeVisible({ timeout: 60_000 });
  await openSample(page);
  const reuse = page.getByRole('region', { name: 'Reuse share' });
  await expect(reuse).toContainText('appear in 2 other articles', { timeout: 60_000 });
  await expect(
    reuse.getByRole('button', { name: 'Ministers weigh a peacekeeping role' }),
  ).toHaveCount(2);
  // Before: "Ministers weigh a peacekeeping role (N words), Ministers weigh a peacekeeping role
  // (N words)", which paper printed which not said.
  await expect(reuse).toContainText(/peacekeeping role \(Daily Ledger, \d+ words shared\)/);
  await expect(reuse).toContainText(/peacekeeping role \(Bath Chronicle, \d+ words shared\)/);
});
