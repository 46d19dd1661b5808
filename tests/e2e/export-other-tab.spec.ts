import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * An export while another window of the app imports: the backup waits for that import's write
 * session (so it never holds half of it), says so, and can be cancelled while it waits.
 */

function writeSet(dir: string, set: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, n) => {
    const path = join(dir, `${set}-${n}.txt`);
    writeFileSync(
      path,
      `Report ${set} number ${n}\n\nThe ${set} desk filed story ${n} of ${count} on ${n % 7} councils and ${n % 11} schools.\n\nA second paragraph, ${set}${n}, says what the first did not.`,
    );
    return path;
  });
}

async function startImport(page: Page, files: readonly string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (await chooser).setFiles([...files]);
  // Under way (not finished): its write session holds the archive's write lock.
  await expect(page.getByText(new RegExp(`Importing \\d+ of ${files.length}`))).toBeVisible();
}

async function importFinished(page: Page, added: number): Promise<void> {
  const summary = page.getByRole('status', { name: 'Import summary' });
  await expect(summary).toContainText(`Import finished. ${added} added`, { timeout: 240_000 });
  await summary.getByRole('button', { name: 'Dismiss' }).click();
}

const waiting = /^Waiting for the import \(or edit\) in another window to finish/;

test('an export while another window imports waits for the import, says so, and can be cancelled', async ({
  context,
}, info) => {
  test.setTimeout(480_000);
  const dir = info.outputPath('sets');
  const [one, two] = [
    writeSet(join(dir, 'one'), 'alpha', 400),
    writeSet(join(dir, 'two'), 'bravo', 400),
  ];
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/');
  await b.goto('/');
  await b.getByRole('button', { name: 'Archive', exact: true }).click();
  const panel = b.getByRole('dialog', { name: 'Archive' });

  // Cancelled while it waits: nothing is written, and the import goes on.
  await startImport(a, one);
  await panel.getByRole('button', { name: 'Export archive…' }).click();
  await expect(panel.getByText(waiting)).toBeVisible();
  await panel.getByRole('button', { name: 'Cancel export' }).click();
  await expect(panel.getByText('Export cancelled; no backup was written.')).toBeVisible();
  await importFinished(a, 400);

  // Waited through: the backup holds the whole import, not the part written before it began.
  await startImport(a, two);
  const download = b.waitForEvent('download', { timeout: 300_000 });
  await panel.getByRole('button', { name: 'Export archive…' }).click();
  await expect(panel.getByText(waiting)).toBeVisible();
  await importFinished(a, 400);
  const path = info.outputPath('backup.json');
  await (await download).saveAs(path);
  await expect(panel.getByText('Backup saved: 800 articles.')).toBeVisible();
  const backup = JSON.parse(readFileSync(path, 'utf8')) as { articles: unknown[] };
  expect(backup.articles).toHaveLength(800);
});
