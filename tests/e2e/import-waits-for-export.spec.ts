import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * An import in one window while another window writes a backup: the export holds the archive's
 * writes until its file is written (so the backup is one moment's archive), and the importing
 * window says it waits for that export, and can stop waiting.
 */

function writeFiles(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, n) => {
    const path = join(dir, `report-${n}.txt`);
    writeFileSync(path, `Report ${n}\n\nThe desk filed story ${n} on councils and schools.`);
    return path;
  });
}

/**
 * Gives the page a save picker whose file takes no piece until the test opens the gate, so its
 * export holds the archive's writes as long as a big archive's would.
 */
async function holdExports(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const gate = new Promise<void>((resolve) => {
      (window as unknown as { openExportGate: () => void }).openExportGate = resolve;
    });
    Object.assign(window, {
      showSaveFilePicker: async () => ({
        createWritable: async () => ({
          write: () => gate,
          close: async () => undefined,
          abort: async () => undefined,
        }),
      }),
    });
  });
}

async function startImport(page: Page, files: readonly string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (await chooser).setFiles([...files]);
}

const waiting = /waiting for the export in another window to be written/;

test('an import while another window exports says it waits for the export, and can be cancelled', async ({
  context,
}, info) => {
  const files = writeFiles(info.outputPath('files'), 3);
  const a = await context.newPage();
  await holdExports(a);
  const b = await context.newPage();
  await a.goto('/');
  await b.goto('/');
  await a.getByRole('button', { name: 'Archive', exact: true }).click();
  const panel = a.getByRole('dialog', { name: 'Archive' });
  await panel.getByRole('button', { name: 'Export archive…' }).click();
  await expect(panel.getByText(/^Writing the backup…/)).toBeVisible();

  // Cancelled while it waits: nothing is imported, and the export goes on.
  await startImport(b, files);
  const status = b.getByRole('status').filter({ hasText: 'Importing 0 of 3' });
  await expect(status).toContainText(waiting);
  await status.getByRole('button', { name: 'Cancel import' }).click();
  const summary = b.getByRole('status', { name: 'Import summary' });
  await expect(summary).toContainText('Import cancelled. 0 added');
  await expect(summary).toContainText('3 not imported');
  await summary.getByRole('button', { name: 'Dismiss' }).click();
  await expect(panel.getByText(/^Writing the backup…/)).toBeVisible();

  // Waited through: the import begins once the backup is written, and adds all three.
  await startImport(b, files);
  await expect(b.getByRole('status').filter({ hasText: 'Importing 0 of 3' })).toContainText(
    waiting,
  );
  await a.evaluate(() => (window as unknown as { openExportGate: () => void }).openExportGate());
  await expect(panel.getByText(/^Backup saved: \d+ articles?\./)).toBeVisible();
  await expect(summary).toContainText('Import finished. 3 added');
});
