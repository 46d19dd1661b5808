import { expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { nearCopyText, sampleText } from '../support/near-copy-texts';

/** Imports the files one at a time, as a person adding an article and later its edit would. */
async function importOneByOne(page: Page, files: readonly string[]): Promise<void> {
  await page.goto('/');
  const summary = page.getByRole('status', { name: 'Import summary' });
  for (const [i, file] of files.entries()) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import files…' }).first().click();
    await (await chooser).setFiles([file]);
    await expect(summary).toContainText('1 added');
    if (i < files.length - 1) await page.getByRole('button', { name: 'Dismiss' }).first().click();
  }
}

test('a near copy is named at import and linked as a version: its story then has 2 versions', async ({
  page,
}, info) => {
  const ledger = (text: string): string => `---\nsource: Daily Ledger\n---\n\n${text}\n`;
  const original = info.outputPath('healey.md');
  const copy = info.outputPath('healey-updated.md');
  writeFileSync(original, ledger(sampleText));
  writeFileSync(copy, ledger(nearCopyText));
  await importOneByOne(page, [original, copy]);
  const nearCopies = page.getByRole('region', { name: 'Near copies' });
  await expect(nearCopies).toContainText(
    /healey-updated\.md \(“[^”]+”\): near copy of “DEFENCE Secretary John Healey[^”]*” \((9\d|100)%\)/,
  );
  await nearCopies.getByRole('button', { name: 'Link as a version' }).click();
  await expect(nearCopies).toContainText('linked as a version');
  await expect(nearCopies.getByRole('button', { name: 'Skip' })).toHaveCount(0);
  await expect(page.locator('.article-row .versions-badge')).toHaveCount(2);
  await page.locator('.article-row .article-title').first().click();
  await expect(page.getByRole('button', { name: '2 versions' })).toBeVisible();
});

test('a near copy of a text naming no source is named, but not offered as a version', async ({
  page,
}, info) => {
  const original = info.outputPath('healey.txt');
  const copy = info.outputPath('healey-syndicated.txt');
  writeFileSync(original, sampleText);
  writeFileSync(copy, nearCopyText);
  await importOneByOne(page, [original, copy]);
  const nearCopies = page.getByRole('region', { name: 'Near copies' });
  await expect(nearCopies).toContainText('near copy of “DEFENCE Secretary John Healey');
  await expect(nearCopies).toContainText('no source named, so it may be another paper’s printing');
  await expect(nearCopies.getByRole('button', { name: 'Keep separate' })).toBeVisible();
  await expect(nearCopies.getByRole('button', { name: 'Link as a version' })).toHaveCount(0);
});

test('a folder of near copies: one choice applies to all of them', async ({ page }, info) => {
  const files = [0, 1, 2].map((i) => {
    const file = info.outputPath(`copy-${i}.txt`);
    writeFileSync(file, i === 0 ? sampleText : `${nearCopyText}\n\nEdition ${i}.`);
    return file;
  });
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (await chooser).setFiles(files);
  const nearCopies = page.getByRole('region', { name: 'Near copies' });
  await expect(nearCopies).toContainText('2 of the 3 articles added are near copies');
  await nearCopies
    .getByRole('group', { name: 'Apply to all near copies' })
    .getByRole('button', { name: 'Skip all' })
    .click();
  await expect(nearCopies.getByText('skipped (removed)')).toHaveCount(2);
  await expect(page.locator('.article-row')).toHaveCount(1);
});
