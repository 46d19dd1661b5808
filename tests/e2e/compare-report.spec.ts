import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

test('compare: counter and keys right with equivalents hidden; the report mirrors the screen and is named after the articles', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  const echoes = page.getByRole('region', { name: /^Within this article/ });
  const pounds = echoes.getByRole('listitem').filter({ hasText: '£200m' });
  await pounds.getByRole('button', { name: /Compare echo \d side by side/ }).click();

  const left = page.getByRole('region', { name: /^Left:/ });
  const position = page.locator('.compare-position');
  const hide = page.getByRole('checkbox', { name: 'Hide equivalent differences' });
  const all = Number((await position.textContent())?.match(/^(\d+) differences/)?.[1]);
  expect(all).toBeGreaterThan(1);
  // Step to the last difference, then hide equivalents: never "k of n" with k > n.
  await page.keyboard.press('p');
  await expect(position).toHaveText(`${all} of ${all}`);
  await hide.check();
  await expect(left.locator('[data-kind="equivalent"]')).toHaveCount(0);
  const fewer = Number((await position.textContent())?.match(/^(\d+) differences/)?.[1]);
  expect(fewer).toBeLessThan(all);
  // n works while the checkbox has focus.
  await expect(hide).toBeFocused();
  await page.keyboard.press('n');
  await expect(position).toHaveText(`1 of ${fewer}`);
  const summary = page.locator('.compare-summary');
  await expect(summary).toContainText('(equivalent differences hidden)');
  await expect(summary).not.toContainText(/\d+ equivalent/);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export report…' }).click();
  const file = await download;
  const name = file.suggestedFilename();
  expect(name).toMatch(/^defence-secretary.*-compared-\d{4}-\d\d-\d\d\.html$/);
  await expect(page.getByRole('status').filter({ hasText: 'Report saved as' })).toHaveText(
    `Report saved as ${name} in your browser's downloads.`,
  );
  const report = readFileSync(await file.path(), 'utf8');
  expect(report).toContain(`${await summary.textContent()}.`);
  expect(report).not.toContain('class="equivalent"');
  expect(report).not.toContain('Characters');
  expect(report).toMatch(/From paragraphs? \d+(–\d+)? of the article\./);
  expect(report).toContain('Feb 23, 2026');
  expect(report).toMatch(/Made with Verso on \d+ \w+ \d{4}\./);
  const marked = (report.match(/<(del|ins|mark) class="(deleted|inserted|changed)"/g) ?? []).length;
  expect(marked).toBeGreaterThan(0);
  expect(
    await left.locator('[data-kind="deleted"], [data-kind="changed"]').count(),
  ).toBeGreaterThan(0);
});
