import { expect, test } from '@playwright/test';
import { importThreeVersions, selectInReader } from './support/story';

test("a highlight on a version's edited words is drawn over the edit's colour, not hidden under it", async ({
  page,
}, info) => {
  const titles = await importThreeVersions(page, (name) => info.outputPath(name));
  await page.getByRole('button', { name: titles[2], exact: true }).click();
  const text = page.locator('.reader-text');
  // Version 3 added "far" (an inserted word, drawn with a green background) and kept the rest.
  await expect(text.locator('.change-inserted', { hasText: 'far' })).toBeVisible();
  await selectInReader(page, 'far too late');
  await page.getByRole('button', { name: 'Highlight in yellow' }).click();
  const note = text.locator('.note-mark').first();
  await expect(note).toBeVisible();
  // What is painted on top at the inserted word is the innermost mark there: the highlight's
  // own colour must be that one, or the edit's background covers it and the highlight is unseen.
  const inserted = text.locator('.change-inserted', { hasText: 'far' }).first();
  const box = await inserted.boundingBox();
  if (!box) throw new Error('the inserted word has no box');
  const top = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x ?? 0, y ?? 0)?.className ?? '',
    [box.x + box.width / 2, box.y + box.height / 2],
  );
  expect(top).toContain('note-mark');
  await note.screenshot({ path: 'test-results/highlight-on-change.png' });
});
