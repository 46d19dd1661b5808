import { expect, test, type Page } from '@playwright/test';
import { holdSecondPart } from './support/hold-second-part';
import { importFiles } from './support/import-files';

// Issue 11 point 4: the page's first part draws the library's first rows as plain DOM
// (ui/library/first-page.ts) before React and the shell (start-app-*.js) are in.

const hostile = '<img src=x onerror="window.__versoPwned=1">';
const story = (title: string, source: string, line: string) => ({
  name: `${source.toLowerCase().replaceAll(' ', '-')}.txt`,
  mimeType: 'text/plain',
  buffer: Buffer.from(
    `Source: ${source}\nTitle: ${title}\n\n${line} The harbour board met on Monday to settle the dredging contract.\n\nFishermen asked why the quay would close for a season while the ferry kept its berth.\n`,
  ),
});
// Imported one at a time, in this order: the library lists the last imported first.
const stories = [
  story('Harbour board settles dredging', 'Daily Ledger', 'Dredging starts in May.'),
  story('Ferry keeps its berth', 'Coast Herald', 'The ferry stays.'),
  story(hostile, 'Night Wire', 'A title that is markup.'),
];

/** Opens the app with its second part held back until the returned function is called. */
async function openWithAppHeld(page: Page): Promise<() => void> {
  const release = await holdSecondPart(page);
  await page.goto('/', { waitUntil: 'commit' });
  return release;
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  for (const file of stories) {
    await importFiles(page, [file]);
    await expect(page.getByRole('status', { name: 'Import summary' })).toContainText('1 added');
    await page.getByRole('button', { name: 'Dismiss' }).first().click();
  }
  const list = page.getByRole('listbox', { name: 'Articles' });
  await expect(list.getByRole('option')).toHaveCount(3);
  await page.goto('about:blank');
});

test("the library's first rows show before the app's code is in, titles as text, newest first", async ({
  page,
}) => {
  const release = await openWithAppHeld(page);
  const titles = page.locator('.first-page .article-slot .article-title');
  await expect(titles).toHaveText([
    hostile,
    'Ferry keeps its berth',
    'Harbour board settles dredging',
  ]);
  await expect(page.locator('.first-page .library-count')).toHaveText('3 articles');
  await expect(page.locator('.first-page .article-meta').nth(1)).toContainText('Coast Herald');
  // The markup in the title stayed text: no image was made, so its handler never ran.
  await expect(page.locator('#root img')).toHaveCount(0);
  // The app is not in: the rows are the first part's, not yet the list's options.
  await expect(page.getByRole('listbox', { name: 'Articles' })).toHaveCount(0);

  // From here until the app's list is in, the page never shows no rows (React's first frame
  // replaces the drawn rows with its own, not with an empty library).
  await page.evaluate(() => {
    const state = window as unknown as { versoRowsLost?: boolean };
    state.versoRowsLost = false;
    new MutationObserver(() => {
      if (!document.querySelector('.article-slot .article-title')) state.versoRowsLost = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  release();
  const list = page.getByRole('listbox', { name: 'Articles' });
  await expect(list.getByRole('option')).toHaveCount(3);
  await expect(list.getByRole('option').first()).toHaveAccessibleName(new RegExp(`^${hostile}`));
  await expect(page.locator('.first-page')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { versoRowsLost?: boolean }).versoRowsLost)).toBe(
    false,
  );
  expect(await page.evaluate(() => (window as { __versoPwned?: number }).__versoPwned)).toBe(
    undefined,
  );
});

test('a row clicked before the app is in opens its article once it is', async ({ page }) => {
  const release = await openWithAppHeld(page);
  await page.locator('.first-page .article-title', { hasText: 'Ferry keeps its berth' }).click();
  release();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Ferry keeps its berth' }),
  ).toBeVisible();
  await expect(page.getByText('The ferry stays.')).toBeVisible();
});
