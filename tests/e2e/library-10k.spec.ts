import { expect, test } from '@playwright/test';

const count = 10_000;

test('the library lists, sorts and scrolls 10,000 articles', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your archive is empty' })).toBeVisible();
  // The start's check done first, so it cannot mark the counts right after the write below.
  await page.waitForFunction(
    () => performance.getEntriesByName('verso:archived-keys-ready').length > 0,
  );
  // Written straight into the app's IndexedDB (its schema is open by now): importing 10,000 files
  // through the UI would test the import, not the list.
  await page.evaluate(async (n) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('verso');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    // Written around the app, which keeps its counts in each write: so the app checks them again
    // at its next start (src/db/startup-check.ts).
    const tx = db.transaction(['articles', 'meta'], 'readwrite');
    tx.objectStore('meta').delete('counts-checked');
    const store = tx.objectStore('articles');
    for (let i = 0; i < n; i++) {
      const number = String(i).padStart(5, '0');
      const title = `Article ${number}`;
      store.put({
        id: `bulk-${number}`,
        title,
        source: `Source ${i % 7}`,
        byline: '',
        url: '',
        publishedAt: Date.UTC(2025, 0, (i % 28) + 1),
        importedAt: Date.UTC(2026, 0, 1, 0, 0, i),
        tags: [],
        contentHash: `hash-${number}`,
        storyId: `story-${number}`,
        note: '',
        text: `${title} says something number ${i}.`,
        html: '',
        origin: { kind: 'paste', format: 'txt' },
        sortTitle: title.toLowerCase(),
        wordCount: 5,
      });
    }
    await new Promise((done, fail) => {
      tx.oncomplete = done;
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, count);
  await page.reload();
  await expect(
    page.getByRole('heading', { name: `${count.toLocaleString('en')} articles` }),
  ).toBeVisible();
  // Only what is on screen is in the page.
  expect(await page.locator('.article-slot').count()).toBeLessThan(60);

  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('title-asc');
  await expect(page.locator('.article-slot[data-index="0"] .article-title')).toHaveText(
    'Article 00000',
  );
  const list = page.getByLabel('Articles');
  await list.evaluate((element) => element.scrollTo(0, element.scrollHeight / 2));
  await expect(
    page
      .locator('.article-slot .article-title', { hasText: /Article 04\d{3}|Article 05\d{3}/ })
      .first(),
  ).toBeVisible();
  await list.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await expect(page.locator(`.article-slot[data-index="${count - 1}"] .article-title`)).toHaveText(
    'Article 09999',
  );
  await page.screenshot({ path: 'test-results/library-10k.png' });

  await page.locator(`.article-slot[data-index="${count - 1}"] .article-title`).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Article 09999' })).toBeVisible();
  // These rows have no stored fingerprints, so the first scan (the worker fingerprints 10,000
  // texts) takes long enough to cancel; scanning again then finishes.
  await page.getByRole('button', { name: 'Cancel scan' }).click();
  await expect(page.getByText('Scan cancelled.')).toBeVisible();
  await page.getByRole('button', { name: 'Scan again' }).click();
  await expect(page.getByText('No echoes at these settings.')).toBeVisible({ timeout: 60_000 });
  // Back in the library, the list is where it was.
  await page.goBack();
  await expect(
    page.locator(`.article-slot[data-index="${count - 1}"] .article-title`),
  ).toBeInViewport();
});
