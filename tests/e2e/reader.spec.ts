import { expect, test } from '@playwright/test';

test('reader: size, tags and a note that survive a reload; echo settings narrow the echoes', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  const article = page.getByRole('article');
  await expect(article).toContainText('I am proud that the UK is united for Ukraine');
  await expect(page.getByRole('region', { name: /^Within this article/ })).toHaveAccessibleName(
    'Within this article: 2',
  );

  // Pointing at an echo lights up both of its copies in the text.
  await page.locator('.echo-item').first().hover();
  await expect(page.locator('.echo-mark.echo-active')).toHaveCount(2);
  await page.evaluate(() => window.scrollTo(0, 0)); // sticky top bar drawn at the top
  await page.screenshot({ path: 'test-results/reader-spotlight.png', fullPage: true });
  await page.mouse.move(0, 0);

  // By keyboard: e steps to the first highlight, Enter opens its cluster, Escape comes back.
  await page.keyboard.press('e');
  await expect(page.locator('.echo-mark').first()).toBeFocused();
  await page.screenshot({ path: 'test-results/reader-focus.png' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^2 copies in one article/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(article).toBeVisible();

  await expect(page).toHaveTitle(/^DEFENCE Secretary.* — Verso$/);
  const size = (): Promise<string> => article.evaluate((e) => getComputedStyle(e).fontSize);
  const before = await size();
  await page.getByRole('button', { name: 'Larger text' }).click();
  await expect.poll(size).not.toBe(before);
  const larger = await size();

  await page.getByRole('textbox', { name: 'Add a tag' }).fill('Defence');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Remove tag defence' })).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Note on this article' })
    .fill('Two quotes printed twice.');
  await page.getByRole('textbox', { name: 'Add a tag' }).focus();

  // The quote echo is about 22 words, the £200m paragraph about 45: at 30 words only one is left.
  await page.getByRole('spinbutton', { name: 'Fewest words in an echo' }).fill('30');
  await expect(page.getByRole('region', { name: /^Within this article/ })).toHaveAccessibleName(
    'Within this article: 1',
  );
  await expect(page.locator('.echo-item')).toContainText('£200m');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Remove tag defence' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Note on this article' })).toHaveValue(
    'Two quotes printed twice.',
  );
  expect(await size()).toBe(larger);
  await expect(page.getByRole('spinbutton', { name: 'Fewest words in an echo' })).toHaveValue('30');
  await page.getByRole('spinbutton', { name: 'Fewest words in an echo' }).fill('8');

  // Starting the app again (no address beyond its page) returns to the screen it was on.
  await page.goto('/');
  await expect(article).toContainText('I am proud that the UK is united for Ukraine');
  await expect(page.getByRole('region', { name: /^Within this article/ })).toHaveAccessibleName(
    'Within this article: 2',
  );
  // The result is kept in the archive's echo cache, so reopening the article needs no scan.
  const cached = await page.evaluate(
    () =>
      new Promise<string[]>((done, fail) => {
        const open = indexedDB.open('verso');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const keys = open.result.transaction('echoes').objectStore('echoes').getAllKeys();
          keys.onsuccess = () => done(keys.result.map(String));
          keys.onerror = () => fail(keys.error);
        };
      }),
  );
  expect(cached.some((key) => key.startsWith('article:') && key.endsWith(':8:0.5'))).toBe(true);

  // Escape on the screen the app started on goes to the library, not out of the app.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: '1 article' })).toBeVisible();
});
