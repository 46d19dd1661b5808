import { expect, test, type Page } from '@playwright/test';
import { markdownFile, railWire } from './support/wire-stories';

// Issue 11 point 3: an archive-wide scan that cannot process one article finishes for the others
// and names the article it left out, with why, in words.
const wire = railWire;

const stories = [
  ['ledger.md', 'Coastal railway to be rebuilt', 'Daily Ledger', 'Passengers waited a year.'],
  ['post.md', 'Money found for storm-hit line', 'Morning Post', 'Our reporter rode the coach.'],
  ['courier.md', 'Rail link promise', 'Evening Courier', 'Shopkeepers reported losses.'],
  ['damaged.md', 'The article with damaged data', 'Harbour Gazette', 'Fishermen watched.'],
] as const;

async function importStories(page: Page): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (
    await chooser
  ).setFiles(
    stories.map(([file, title, source, lead], i) =>
      markdownFile({ file, title, source, date: `2026-03-0${i + 2}`, body: `${lead}\n\n${wire}` }),
    ),
  );
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText('4 added');
}

/**
 * Damages one article's stored text the way an old bug or a hand-edited database could (a scan
 * reads only texts: fingerprints are not stored).
 */
async function damageTextOf(page: Page, title: string): Promise<void> {
  await page.evaluate(async (wanted) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('verso');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    const ask = <T>(request: IDBRequest<T>): Promise<T> =>
      new Promise((done, fail) => {
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
    const store = db.transaction('articles', 'readwrite').objectStore('articles');
    const articles = (await ask(store.getAll())) as { title: string; text: unknown }[];
    const row = articles.find((a) => a.title === wanted);
    if (!row) throw new Error(`no article titled ${wanted}`);
    // Not a string: the engine cannot tokenise it.
    row.text = [row.text];
    await ask(store.put(row));
    db.close();
  }, title);
}

test('a scan that cannot read one article finishes for the rest and names it', async ({ page }) => {
  const shown: string[] = [];
  page.on('pageerror', (error) => shown.push(error.message));
  await page.goto('/');
  await importStories(page);
  await damageTextOf(page, 'The article with damaged data');

  await page.getByRole('button', { name: 'Strongest echoes' }).click();
  // The others' shared paragraph is still one cluster: three copies, the damaged one left out.
  const list = page.getByRole('list', { name: 'Clusters' });
  await expect(list.getByRole('listitem', { name: /^3 copies in 3 sources/ })).toBeVisible();
  const skipped = page.getByRole('alert', { name: 'Skipped articles' });
  await expect(skipped).toContainText('1 article skipped');
  await expect(skipped).toContainText(
    'The article with damaged data — its text could not be prepared for comparison, so it was left out of this scan.',
  );
  // No exception text on the screen.
  await expect(page.locator('body')).not.toContainText(/TypeError|RangeError|Error:/);

  // The name is a way to the article itself, whose screen says in words that its text cannot be
  // shown, with a way back.
  await skipped.getByRole('link', { name: 'The article with damaged data' }).click();
  await expect(
    page.getByRole('alert', { name: 'Verso could not show this article' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Back to the library' }).click();
  await expect(page.getByRole('heading', { name: /articles?$/ }).first()).toBeVisible();
  expect(shown).toEqual([]);
});
