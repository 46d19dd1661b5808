import { expect, test } from '@playwright/test';
import { selectInReader } from './support/story';

const quote = 'There is no heavier burden on any Defence Secretary';

test('h highlights the selected words once, even with the note still focused, and it is kept', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  const note = page.getByRole('textbox', { name: 'Note on this article' });
  const marks = page.locator('.reader-text .note-mark');
  const list = page.getByRole('region', { name: /^Highlights/ }).getByRole('listitem');
  // A note typed, then words selected in the text while the note keeps the focus (as a script
  // or an assistive tool selects): `h` was taken for typing, typed nothing and highlighted nothing.
  await note.pressSequentially('Check this');
  await selectInReader(page, quote);
  await page.keyboard.press('h');
  await expect(marks).toHaveText(quote);
  await expect(note).toHaveValue('Check this');
  // The same words again, and the key twice (a repeat): still one highlight, one mark, and the
  // second key is not typed into the note the highlight took the focus from.
  await selectInReader(page, quote);
  await page.keyboard.press('h');
  await selectInReader(page, quote);
  await page.keyboard.down('h');
  await page.keyboard.press('h');
  await page.keyboard.up('h');
  await expect(list).toHaveCount(1);
  // Left at once and opened again: the highlight and the note are both there.
  await page.getByRole('button', { name: 'Library' }).click();
  await page
    .getByRole('button', { name: /DEFENCE Secretary/ })
    .first()
    .click();
  await expect(marks).toHaveText(quote);
  await expect(list).toHaveCount(1);
  await expect(note).toHaveValue('Check this');
});
