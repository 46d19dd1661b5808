import { expect, test } from '@playwright/test';

const fixtures = 'tests/fixtures/archive';

type Answer = { __answered: Promise<number> };

/**
 * Installs, in the page, a timer for the next click: milliseconds from the click's input event
 * (its `timeStamp`, taken when the input reached the page, so a busy thread's queue counts) to
 * the keyboard-shortcuts dialog being in the DOM.
 */
function answerTime(): void {
  (window as unknown as Answer).__answered = new Promise<number>((done) => {
    document.addEventListener(
      'click',
      (event) => {
        const open = () => document.querySelector('dialog[aria-labelledby="shortcuts-title"]');
        const answer = () => done(performance.now() - event.timeStamp);
        if (open()) return answer();
        new MutationObserver((_, observer) => {
          if (!open()) return;
          observer.disconnect();
          answer();
        }).observe(document.body, { childList: true, subtree: true });
      },
      { capture: true, once: true },
    );
  });
}

test('a page that traps Readability (form.parentNode clobbered) cannot freeze the app', async ({
  page,
}) => {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (await chooser).setFiles([`${fixtures}/clobbering.html`, `${fixtures}/saved-page.html`]);
  // Read on the page's own thread, this page looped for ever and no click was ever answered.
  // The answer is timed in the page, from the click's input event to the dialog in the DOM, so
  // what is measured is the page's thread, not Playwright's own steps on a loaded machine.
  await page.evaluate(answerTime);
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const keys = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(keys).toBeVisible();
  const answeredIn = await page.evaluate(() => (window as unknown as Answer).__answered);
  expect(answeredIn).toBeLessThan(1000);
  await page.keyboard.press('Escape');
  const summary = page.getByRole('status', { name: 'Import summary' });
  await expect(summary).toBeVisible({ timeout: 60_000 });
  // The trap does not work in the worker's DOM, so the page imports as an article; the batch
  // goes on either way.
  await expect(summary).toContainText('Import finished. 2 added');
  await summary.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByText('A page that clobbers the DOM').first().click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'A page that clobbers the DOM' }),
  ).toBeVisible();
  await expect(page.getByText('Readability 0.6 climbs that chain for ever')).toBeVisible();
  // The form itself does not survive sanitising.
  await expect(page.locator('input[name="parentNode"]')).toHaveCount(0);
});
