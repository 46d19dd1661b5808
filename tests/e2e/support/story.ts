import { expect, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';

/** Paragraphs of a story used by the versions and highlights tests. */
export const storyParagraphs = [
  'Ministers met on Monday to agree a new package of funding for the coastal towns hit by the storms.',
  'The package includes money for sea defences, for repairs to homes and for small businesses that lost stock.',
  'Local councils said the money would arrive too late for the families who had already left their homes.',
  'The opposition called the announcement a reheated promise that had been made twice before this year.',
  'A review of the flood warnings that failed on the night of the storm will report in the spring.',
];

/**
 * Imports three versions of one story (v2 edits another paragraph, v3 edits the councils'
 * paragraph) and links them; returns their titles, oldest first.
 */
export async function importThreeVersions(page: Page, dir: (name: string) => string) {
  const p = storyParagraphs;
  const titles = [
    'Storm funding agreed',
    'Storm funding agreed, update',
    'Storm funding agreed, final',
  ];
  const texts = [
    p,
    [p[0], p[1]?.replace('small businesses', 'shops'), p[2], p[3], p[4]],
    [
      p[0],
      p[1]?.replace('small businesses', 'shops'),
      p[2]?.replace('too late', 'far too late'),
      p[3],
      p[4],
    ],
  ];
  const files = titles.map((title, i) => {
    const file = dir(`storm-${i + 1}.txt`);
    writeFileSync(file, [title, ...(texts[i] ?? [])].join('\n\n'));
    return file;
  });
  await page.goto('/');
  for (const file of files) {
    // One at a time, so the import order (and so the version order) is the files' order.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import files…' }).first().click();
    await (await chooser).setFiles([file]);
    await expect(page.getByRole('status', { name: 'Import summary' })).toContainText('1 added');
    await page.getByRole('button', { name: 'Dismiss' }).first().click();
  }
  // One click each: the list shows an import's articles by the time its summary does, and its
  // rows have fixed heights, so nothing moves a checkbox between Playwright finding it and
  // clicking it (rows used to arrive up to a second after the summary and push the others down).
  for (const title of titles) {
    const box = page.getByRole('checkbox', { name: `Select ${title}`, exact: true });
    await box.click();
    await expect(box).toBeChecked();
  }
  await page.getByRole('button', { name: 'Link as versions' }).click();
  await expect(page.getByText('Linked 3 articles as versions of one story.')).toBeVisible();
  return titles;
}

/** Selects the first occurrence of `quote` in the reader's text, as a person dragging would. */
export async function selectInReader(page: Page, quote: string): Promise<void> {
  await page.locator('.reader-text').evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const whole = nodes.map((n) => n.data).join('');
    const at = whole.indexOf(wanted);
    if (at < 0) throw new Error(`"${wanted}" is not in the reader`);
    const point = (offset: number): [Text, number] => {
      let seen = 0;
      for (const n of nodes) {
        if (offset <= seen + n.data.length) return [n, offset - seen];
        seen += n.data.length;
      }
      throw new Error('offset past the end');
    };
    const range = document.createRange();
    range.setStart(...point(at));
    range.setEnd(...point(at + wanted.length));
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }, quote);
}
