import { expect, test, type Page } from '@playwright/test';

const shared =
  'The council agreed on Tuesday to spend £200m on new flood defences along the river, after a winter in which hundreds of homes were flooded twice and the old walls failed in three places.';
const files = [
  ['harbour.txt', `Harbour report\n\nFirst the harbour news. ${shared} Boats were moved inland.`],
  ['river.txt', `River report\n\nThen the river news. ${shared} Residents were relieved.`],
  ['damaged.txt', `Damaged report\n\nA third paper. ${shared} Nothing else happened here.`],
] as const;

async function importFiles(page: Page): Promise<void> {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (
    await chooser
  ).setFiles(
    files.map(([name, text]) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) })),
  );
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText('3 added');
}

/** Rewrites one stored row of `store` (found by the article titled `title`) with `damage`. */
async function damage(page: Page, store: 'articles' | 'fingerprints', title: string) {
  await page.evaluate(
    async ([storeName, wanted]) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const open = indexedDB.open('verso');
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      const tx = db.transaction(['articles', 'fingerprints'], 'readwrite');
      const all = await new Promise<{ id: string; title: string }[]>((done) => {
        const request = tx.objectStore('articles').getAll();
        request.onsuccess = () => done(request.result as { id: string; title: string }[]);
      });
      const id = all.find((a) => a.title === wanted)?.id ?? '';
      const target = tx.objectStore(storeName);
      const row = await new Promise<Record<string, unknown>>((done) => {
        const request = target.get(id);
        request.onsuccess = () => done(request.result as Record<string, unknown>);
      });
      if (storeName === 'fingerprints')
        target.put({ ...row, fingerprints: { ...(row.fingerprints as object), hashes: 'x' } });
      else target.put({ ...row, storyId: null });
      await new Promise((done) => (tx.oncomplete = done));
      db.close();
    },
    [store, title] as const,
  );
}

test('an archive-wide scan skips an article it cannot process, names it, and lists the rest', async ({
  page,
}) => {
  await importFiles(page);
  await damage(page, 'fingerprints', 'Damaged report');
  await page.reload();
  await page.getByRole('button', { name: 'Strongest echoes' }).click();
  const note = page.getByRole('status', { name: 'Articles left out of the scan' });
  await expect(note).toContainText('One article was left out of this scan');
  await expect(note).toContainText('Damaged report');
  await expect(note).toContainText('stored echo data is damaged');
  // The other two articles' echo is still found and listed.
  await expect(page.getByRole('region', { name: /Across articles: 1/ })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/TypeError|is not a function|undefined/);
});

test('a screen that cannot be shown says so in words and offers the way back', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await importFiles(page);
  await damage(page, 'articles', 'Damaged report');
  await page.reload();
  await page.getByText('Damaged report').first().click();
  const failed = page.getByRole('alert');
  await expect(failed).toContainText('Verso could not show this article');
  await expect(failed).toContainText('Nothing in your archive was changed');
  await expect(page.locator('body')).not.toContainText(/TypeError|Cannot read|is not a function/);
  // The header still works, and the way back leads to a working library.
  await page.getByRole('button', { name: 'Back to the library' }).click();
  await expect(page.getByRole('heading', { name: '3 articles' })).toBeVisible();
  await page.getByText('River report').first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'River report' })).toBeVisible();
});
