/**
 * The scale bench's timings of two screens through the real UI: the library's first row after a
 * reload, and Strongest echoes' archive-wide scan with its progress, cancel and longest tasks.
 */
import type { Page } from 'playwright-core';
import { longestTaskBetween } from './scale-probes';

/** Reloads the app and times until the library's first row is on screen (page clock). */
export async function openLibrary(page: Page, url: string): Promise<Record<string, number>> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.locator('.article-slot .article-title').first().waitFor({ timeout: 600_000 });
  const libraryOpenMs = await page.evaluate(() => performance.now());
  // The page's own start (HTML, fetching and compiling the bundle) until the app's code runs.
  const pageStartMs = await page.evaluate(
    () => performance.getEntriesByName('verso:app-start').at(-1)?.startTime ?? NaN,
  );
  return { libraryOpenMs, pageStartMs, appToFirstRowMs: libraryOpenMs - pageStartMs };
}

/**
 * Opens Strongest echoes: waits for the scan's progress, cancels it and times how long the
 * cancel takes to show, then scans again to the end (the list or "No passage repeats"), with the
 * longest main-thread task of each part.
 */
export async function scanArchive(page: Page): Promise<Record<string, number>> {
  const progress = page.getByRole('progressbar', { name: 'Echo scan progress' });
  const done = page.locator('.cluster-count').or(page.getByText('No passage repeats')).first();
  const started = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Strongest echoes' }).click();
  let cancelMs = NaN;
  let cancelClickMs = NaN;
  let progressSeen = 0;
  let rescan = started;
  // A small archive's scan may end before its progress is ever drawn: then the list (or "No
  // passage repeats") comes first, and there is nothing to see or cancel. (Waiting for the
  // progress alone stalled this bench for its whole timeout in about one run in four at 1,100
  // articles, session 11.)
  const first = await progress
    .or(done)
    .first()
    .waitFor({ timeout: 600_000 })
    .then(
      () => true,
      () => false,
    );
  if (first && (await progress.isVisible())) {
    progressSeen = 1;
    await page.waitForTimeout(1000);
    const asked = await page.evaluate(() => {
      // When the click reaches the page, apart from how long the page then takes to cancel.
      document.addEventListener(
        'click',
        () => Object.assign(window, { __cancelClickAt: performance.now() }),
        { capture: true, once: true },
      );
      return performance.now();
    });
    // A small archive's scan may end before the click lands: then there is nothing to cancel.
    const clicked = await page
      .getByRole('button', { name: 'Cancel scan' })
      .click({ timeout: 5000 })
      .then(
        () => true,
        () => false,
      );
    const cancelled = page.getByText('Scan cancelled.');
    if (clicked) await cancelled.or(done).first().waitFor({ timeout: 600_000 });
    if (clicked && (await cancelled.isVisible())) {
      const [shown, landed] = await page.evaluate((): [number, number] => [
        performance.now(),
        (window as unknown as { __cancelClickAt?: number }).__cancelClickAt ?? NaN,
      ]);
      cancelMs = shown - landed;
      cancelClickMs = landed - asked;
      rescan = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: 'Scan again' }).click();
    }
  }
  const failed = page.locator('.scan-progress:has(button:has-text("Scan again"))');
  await done.or(failed).first().waitFor({ timeout: 3_600_000 });
  const scanFailed = (await failed.count()) > 0 ? 1 : 0;
  if (scanFailed) console.log(`  scan stopped: ${await failed.innerText()}`);
  const ended = await page.evaluate(() => performance.now());
  const beforeRescan = await longestTaskBetween(page, started, rescan);
  const tasks = await longestTaskBetween(page, rescan, ended);
  return {
    scanMs: ended - rescan,
    scanLongestTaskMs: Math.max(tasks.longestTaskMs, beforeRescan.longestTaskMs),
    scanCancelMs: cancelMs,
    scanCancelClickMs: cancelClickMs,
    scanProgressSeen: progressSeen,
    scanFailed,
  };
}
