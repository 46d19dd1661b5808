import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const story = (title: string, line: string): string =>
  `${title}\n\n${line} The council met on Tuesday evening to discuss the budget for the coming year and the cuts it would bring.\n\nResidents asked why the library would close while the new offices went ahead.`;

async function finishImport(page: Page, added: string): Promise<void> {
  const summary = page.getByRole('status', { name: 'Import summary' });
  await expect(summary).toContainText(added);
  await summary.getByRole('button', { name: 'Dismiss' }).click();
}

test('paste and drop import; tag, filter, delete and undo in the library', async ({ page }) => {
  await page.goto('/');
  // Shortcuts reach the app once its shell is in (the second part of the page's start, h23a).
  await expect(page.getByRole('button', { name: 'Import files…' }).first()).toBeVisible();
  await page.keyboard.press('?');
  const keys = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(keys.getByRole('row', { name: /Ctrl \+ O\s+Import$/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/shortcuts.png' });
  await page.keyboard.press('Escape');
  await expect(keys).toBeHidden();

  await page.evaluate(
    (text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    },
    story('Pasted council story', 'First line pasted.'),
  );
  await finishImport(page, '1 added');

  await page.evaluate(
    (text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped-council-story.txt', { type: 'text/plain' }));
      window.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
      window.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    },
    story('Dropped council story', 'A dropped first line.'),
  );
  await finishImport(page, '1 added');
  await expect(page.getByRole('heading', { name: '2 articles' })).toBeVisible();

  await page.getByRole('checkbox', { name: 'Select Pasted council story' }).click();
  await page.getByRole('checkbox', { name: 'Select Dropped council story' }).click();
  await page.getByRole('textbox', { name: 'Tag to add to the selected articles' }).fill('Council');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByText('Tagged 2 articles “Council”.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await page.getByRole('combobox', { name: 'Filter by tag' }).selectOption('council');
  await expect(page.locator('.article-row')).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Filter by tag' }).selectOption('');
  // Neither article has a publication date, so a date range leaves none.
  await page.getByLabel('Published from').fill('2020-01-01');
  await expect(page.getByText('No article matches.')).toBeVisible();
  await page.getByLabel('Published from').fill('');
  await expect(page.locator('.article-row')).toHaveCount(2);

  await page.getByRole('checkbox', { name: 'Select Dropped council story' }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { name: '1 article' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: '2 articles' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dropped council story' })).toBeVisible();
});

test('importing a folder takes in its files and its subfolders', async ({ page }, info) => {
  const folder = info.outputPath('clippings');
  mkdirSync(join(folder, 'older'), { recursive: true });
  writeFileSync(join(folder, 'one.txt'), story('Folder story one', 'One.'));
  writeFileSync(join(folder, 'two.md'), story('Folder story two', 'Two.'));
  writeFileSync(join(folder, 'older', 'three.txt'), story('Folder story three', 'Three.'));
  await page.goto('/');
  // Shortcuts reach the app once its shell is in (the second part of the page's start, h23a).
  await expect(page.getByRole('button', { name: 'Import files…' }).first()).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+Shift+O');
  await (await chooser).setFiles(folder);
  await finishImport(page, '3 added');
  await expect(page.getByRole('heading', { name: '3 articles' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Folder story three' })).toBeVisible();
});
