import { expect, test } from '@playwright/test';

test("the reader's echo list says where each copy is and shows the one clicked", async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  const echoes = page.getByRole('region', { name: /^Within this article: \d+$/ });
  const pounds = echoes.getByRole('listitem').filter({ hasText: '£200m' });
  // The two copies of the £200m paragraph: the 6th paragraph and the 13th.
  await expect(pounds.locator('button.echo-where')).toHaveText(['paragraph 6', 'paragraph 13']);
  await pounds.getByRole('button', { name: 'Show this copy: paragraph 13' }).click();
  await expect(page).toHaveURL(/#\/article\/[^/]+\/\d+-\d+$/);
  const shown = page.locator('.reader-text .passage-shown');
  await expect(shown.first()).toContainText('£200 million');
  await expect(shown.first()).toBeInViewport();
  await page.screenshot({ path: 'test-results/echo-copy-place.png' });
  // The first copy, from the same list, is told apart from it: it is the other one marked.
  await pounds.getByRole('button', { name: 'Show this copy: paragraph 6' }).click();
  await expect(shown.first()).toContainText('£200m');
  await expect(shown.first()).toBeInViewport();
});

// A .txt file's first line is its title; the reader shows it as the heading only (c416666), so
// the list must count the paragraphs after it, as a person sees them.
const quote =
  'The mayor told reporters that the project marks a turning point for the town and its fishing fleet after years of decline.';
const withTitleLine = [
  'Council approves new harbour plan',
  'The council said on Monday that the harbour plan would cost about four million pounds.',
  quote,
  'Residents were divided. Some welcomed the jobs the works would bring, others feared the noise.',
  'Local shops expect more trade during the summer season once the new quay opens to visitors.',
  quote,
].join('\n\n');

test('the echo list counts paragraphs as the reader shows them after a title line', async ({
  page,
}) => {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (
    await chooser
  ).setFiles({ name: 'harbour.txt', mimeType: 'text/plain', buffer: Buffer.from(withTitleLine) });
  await page.getByRole('button', { name: /Council approves new harbour plan/ }).click();
  const paragraphs = page.locator('.reader-text p');
  await expect(paragraphs.first()).toContainText('The council said on Monday');
  const visible = await paragraphs.allInnerTexts();
  const seen = visible.flatMap((p, i) =>
    p.includes('The mayor told') ? [`paragraph ${i + 1}`] : [],
  );
  expect(seen).toEqual(['paragraph 2', 'paragraph 5']);
  const echoes = page.getByRole('region', { name: /^Within this article: \d+$/ });
  await expect(echoes.locator('button.echo-where')).toHaveText(seen);
});
