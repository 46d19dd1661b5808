import { expect, test, type Page } from '@playwright/test';
import { importFiles } from './support/import-files';

const count = 300;

/** Articles written straight into the app's IndexedDB, as library-10k.spec.ts does. */
async function seed(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your archive is empty' })).toBeVisible();
  await page.waitForFunction(
    () => performance.getEntriesByName('verso:archived-keys-ready').length > 0,
  );
  await page.evaluate(async (n) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('verso');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    // Written around the app: its start checks the counts and summaries again.
    const tx = db.transaction(['articles', 'meta'], 'readwrite');
    tx.objectStore('meta').delete('counts-checked');
    const store = tx.objectStore('articles');
    for (let i = 0; i < n; i++) {
      const number = String(i).padStart(3, '0');
      const title = `Harbour report ${number}`;
      const text = `${title}\n\nThe harbour board met on day ${i} and agreed the dredging budget.\n\nMore follows.`;
      store.put({
        id: `kb-${number}`,
        title,
        source: 'Harbour Gazette',
        byline: '',
        url: '',
        urlKey: '',
        publishedAt: Date.UTC(2025, 0, (i % 28) + 1),
        // The newest first in the opening order: "Harbour report 299" is the top row.
        importedAt: Date.UTC(2026, 0, 1, 0, 0, i),
        tags: [],
        contentHash: `hash-${number}`,
        storyId: `story-${number}`,
        note: '',
        text,
        html: '',
        origin: { kind: 'paste', format: 'txt' },
        sortTitle: title.toLowerCase(),
        wordCount: 16,
      });
    }
    await new Promise((done, fail) => {
      tx.oncomplete = done;
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, count);
  await page.reload();
  await expect(page.getByRole('heading', { name: `${count} articles` })).toBeVisible();
}

/** Pixels of a row left blank under its last line of text. */
async function blankUnder(page: Page, index: number, line: string): Promise<number> {
  return page.locator(`.article-slot[data-index="${index}"]`).evaluate((slot, selector) => {
    const text = slot.querySelector(selector);
    if (!text) return Number.POSITIVE_INFINITY;
    return slot.getBoundingClientRect().bottom - text.getBoundingClientRect().bottom;
  }, line);
}

test("a row's lines fill it: the opening words under its title", async ({ page }) => {
  await seed(page);
  const top = page.locator('.article-slot[data-index="0"]');
  // The title is not repeated: the text's first words after it.
  await expect(top.locator('.article-lede')).toHaveText(
    'The harbour board met on day 299 and agreed the dredging budget. More follows.',
  );
  // What is left under the last line is the row's padding and rule (0.5rem and 1px), not a line.
  const rem = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  expect(await blankUnder(page, 0, '.article-lede')).toBeLessThanOrEqual(0.5 * rem + 2);
});

test("a search hit's row is filled by its title, source and two lines of snippet", async ({
  page,
}) => {
  await page.goto('/');
  const words = 'The harbour board agreed the dredging budget after a long meeting. '.repeat(12);
  await importFiles(page, [
    { name: 'dredging.txt', mimeType: 'text/plain', buffer: Buffer.from(words) },
  ]);
  await expect(page.getByRole('heading', { name: '1 article' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('dredging');
  const top = page.locator('.article-slot[data-index="0"]');
  await expect(top.locator('.article-snippet mark').first()).toHaveText('dredging');
  const rem = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  expect(await blankUnder(page, 0, '.article-snippet')).toBeLessThanOrEqual(0.5 * rem + 2);
});

test('the list is one Tab stop: arrows, Page Down, Home and End move, Space selects, Enter opens', async ({
  page,
}) => {
  await seed(page);
  const list = page.getByRole('listbox', { name: 'Articles' });
  const inList = () =>
    page.evaluate(() => Boolean(document.activeElement?.closest('.article-list')));

  // Tabbing from the search box on through the page stops in the list once, however many rows.
  await page.getByRole('searchbox', { name: 'Search the archive' }).focus();
  let stopsInList = 0;
  for (let presses = 0; presses < 20; presses++) {
    await page.keyboard.press('Tab');
    if (await inList()) stopsInList++;
  }
  expect(stopsInList).toBe(1);

  // The Tab stop is the top row, named for a screen reader by its title, source and date.
  await page.getByRole('searchbox', { name: 'Search the archive' }).focus();
  while (!(await inList())) await page.keyboard.press('Tab');
  const top = list.getByRole('option', { name: /^Harbour report 299, Harbour Gazette, / });
  await expect(top).toBeFocused();
  await expect(top).toHaveAttribute('aria-setsize', String(count));

  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('option', { name: /^Harbour report 298,/ })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(top).toBeFocused();
  await page.keyboard.press('PageDown');
  const paged = Number(
    await page.evaluate(() => document.activeElement?.getAttribute('aria-posinset')),
  );
  expect(paged).toBeGreaterThan(3);
  await page.keyboard.press('End');
  const last = list.getByRole('option', { name: /^Harbour report 000,/ });
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  await page.keyboard.press('Home');
  await expect(top).toBeFocused();
  await expect(top).toBeInViewport();

  // Space selects the row (as its box does), Enter opens it.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press(' ');
  const second = list.getByRole('option', { name: /^Harbour report 298,/ });
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('1 selected')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Select Harbour report 298' })).toBeChecked();
  await second.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Harbour report 298' })).toBeFocused();
  // Back in the library, that row has focus again, and is still the list's one Tab stop.
  await page.keyboard.press('Escape');
  await expect(second).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await inList()).toBe(false);
  await page.keyboard.press('Shift+Tab');
  await expect(second).toBeFocused();
});

test('the first Tab stop skips the top bar and filters to the articles, or to the content', async ({
  page,
}) => {
  await seed(page);
  await page.keyboard.press('Tab');
  const toArticles = page.getByRole('link', { name: 'Skip to the articles' });
  await expect(toArticles).toBeFocused();
  // Shown while it has focus (it sits off the page otherwise).
  await expect(toArticles).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('option', { name: /^Harbour report 299,/ })).toBeFocused();
  // The address is the route's: following the link did not change the screen.
  expect(new URL(page.url()).hash).not.toContain('articles');

  await page.getByRole('button', { name: 'Library', exact: true }).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  const toContent = page.getByRole('link', { name: 'Skip to the content' });
  await expect(toContent).toBeFocused();
  await expect(toContent).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: `${count} articles` })).toBeFocused();
  await expect(toArticles).not.toBeInViewport();
});
