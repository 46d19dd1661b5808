import { expect, test, type Page } from '@playwright/test';

/** The id of the archive's one article, read from IndexedDB. */
function onlyArticleId(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('verso');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    const ids = await new Promise<IDBValidKey[]>((done, fail) => {
      const request = db.transaction('articles').objectStore('articles').getAllKeys();
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    db.close();
    return String(ids[0] ?? '');
  });
}

/** Exports the archive through the Archive panel to `path`; returns `path`. */
async function exportBackup(page: Page, path: string): Promise<string> {
  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Archive' });
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export archive…' }).click();
  await (await download).saveAs(path);
  await panel.getByRole('button', { name: 'Close' }).click();
  return path;
}

/** Replaces the archive with the backup at `path` through the Archive panel (one article). */
async function replaceWith(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Archive' });
  await panel.getByRole('radio', { name: /^Replace/ }).check();
  await panel.getByRole('button', { name: 'Restore from backup…' }).click();
  const chooser = page.waitForEvent('filechooser');
  await panel
    .getByRole('alertdialog', { name: 'Confirm replace' })
    .getByRole('button', { name: 'Replace the archive…' })
    .click();
  await (await chooser).setFiles(path);
  await expect(panel.getByRole('status').filter({ hasText: 'Restored' })).toHaveText(
    'Restored: 1 article added, 0 already archived.',
  );
  await panel.getByRole('button', { name: 'Close' }).click();
}

test('a note draft kept from before a Replace restore is not saved over the restored note', async ({
  page,
}, info) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  const note = page.getByRole('textbox', { name: 'Note on this article' });
  await note.pressSequentially('Kept in the backup');
  await expect(page.getByRole('status', { name: 'Note saved state' })).toHaveText('Saved');
  const backupPath = await exportBackup(page, info.outputPath('backup.json'));
  await page.getByRole('button', { name: 'Library', exact: true }).click();

  // What kept-drafts.ts leaves when a note's write is cut short (a reload, a closed window):
  // typed into the archive that the restore below replaces.
  const id = await onlyArticleId(page);
  expect(id).not.toBe('');
  await page.evaluate(
    (key) => localStorage.setItem(key, 'Typed before the restore'),
    `verso.draft:note:${id}`,
  );

  await replaceWith(page, backupPath);

  // The backup's note, shown and still there after a reload: nothing wrote the old draft over it.
  await page.getByRole('button', { name: /^DEFENCE Secretary/ }).click();
  await expect(note).toHaveValue('Kept in the backup');
  await page.reload();
  await expect(note).toHaveValue('Kept in the backup');
});

test('a Replace restore under the open reader shows the restored note and does not save the old one back', async ({
  page,
}, info) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  const note = page.getByRole('textbox', { name: 'Note on this article' });
  const saved = page.getByRole('status', { name: 'Note saved state' });
  await note.pressSequentially('Kept in the backup');
  await expect(saved).toHaveText('Saved');
  const backupPath = await exportBackup(page, info.outputPath('backup.json'));

  // A note written after the backup, saved; then the backup replaces the archive while the
  // reader stays open.
  await note.fill('Written after the backup');
  await note.blur();
  await expect(saved).toHaveText('Saved');
  await replaceWith(page, backupPath);

  // The open field follows the archive; leaving the reader writes nothing back.
  await expect(note).toHaveValue('Kept in the backup');
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await page.reload();
  await page.getByRole('button', { name: /^DEFENCE Secretary/ }).click();
  await expect(note).toHaveValue('Kept in the backup');
});
