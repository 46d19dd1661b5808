/**
 * One big article through the real app (issue 11 point 2): a 5 MB .txt and an edited copy of it
 * are imported through Import files…, the first is opened in the reader (which renders it and
 * scans it for echoes), then the two are compared; each step's time and longest main-thread task.
 * Run: npm run bench -- big-article   (BIG_MB=5 by default).
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs } from '../scripts/chromium';
import { serveStatic } from '../scripts/static-server';
import { bigTexts } from './big-texts';
import { runBigArticleGrowth } from './big-article-growth';
import { profileDuring } from './profile-probe';
import { chromiumPath } from './browser/run-in-browser';
import { installTaskWatch, longestTaskBetween } from './scale-probes';

// Each size in its own browser context; 10 MB is import's limit (10 MiB of bytes).
const sizesMb = (process.env.BIG_MB ?? '5,10').split(',').map(Number);
/** BIG_PROFILE=1: profile the page during reading and comparing, and name each long task. */
const profiled = process.env.BIG_PROFILE === '1';
const ms = (n: number | undefined): string => `${(n ?? NaN).toFixed(0)} ms`;

const now = (page: Page): Promise<number> => page.evaluate(() => performance.now());

// After a step's visible end the page still works in the background (the reader puts the found
// echoes' highlights into its chunks a few per task; the compare columns keep growing): long tasks
// are looked for this long after it too.
const settleMs = 3_000;

/** Runs one step and returns its time and the longest main-thread task within it (and settling). */
async function timedStep(
  page: Page,
  work: () => Promise<unknown>,
): Promise<{ ms: number; longestTaskMs: number; longTasks: number }> {
  const started = await now(page);
  await work();
  const ended = await now(page);
  await page.waitForTimeout(settleMs);
  const tasks = await longestTaskBetween(page, started, ended + settleMs);
  return { ms: ended - started, longestTaskMs: tasks.longestTaskMs, longTasks: tasks.longTasks };
}

/** Measures and prints the big articles' figures; returns them for a caller collecting results. */
export async function runBigArticleBench(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  // Readable frames in the profile when profiling.
  execSync('npx electron-vite build', {
    stdio: 'ignore',
    env: { ...process.env, ...(profiled ? { VERSO_READABLE_BUILD: '1' } : {}) },
  });
  for (const mb of sizesMb)
    for (const [key, value] of Object.entries(await bigArticleInApp(mb)))
      figures[`${key}At${mb}MB`] = value;
  Object.assign(figures, runBigArticleGrowth());
  return figures;
}

/** One size through the app: import, read (and scan), compare; each step's time and longest task. */
async function bigArticleInApp(megabytes: number): Promise<Record<string, number>> {
  const folder = mkdtempSync(join(tmpdir(), 'verso-big-'));
  const texts = bigTexts(megabytes);
  const step = (page: Page, label: string, work: () => Promise<unknown>) =>
    profiled
      ? profileDuring(page, `${label}-${megabytes}mb`, () => timedStep(page, work))
      : timedStep(page, work);
  const first = join(folder, 'long.txt');
  const second = join(folder, 'long-corrected.txt');
  writeFileSync(first, texts.first);
  writeFileSync(second, texts.second);
  const { server, url } = await serveStatic(resolve('out/renderer'));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      serviceWorkers: 'block',
    });
    await installTaskWatch(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`[app] ${e.message}`));
    await page.goto(url);
    await page.getByRole('heading', { name: 'Your archive is empty' }).waitFor();
    const imported = await step(page, 'import', async () => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Import files…' }).first().click();
      await (await chooser).setFiles([first, second]);
      await page.getByRole('status', { name: 'Import summary' }).waitFor({ timeout: 1_800_000 });
    });
    await page
      .getByRole('status', { name: 'Import summary' })
      .getByRole('button', { name: 'Dismiss' })
      .click();
    // Opening the article: the reader lays it out in chunks and scans it for echoes.
    const read = await step(page, 'read', async () => {
      await page.locator('.article-title', { hasText: /^The long transcript$/ }).click();
      // Located by id: a text search polls the text of the whole page, and with megabytes of
      // text that (and its garbage) kept the main thread busy for the bench's own sake.
      await page
        .locator('#echoes-title', { hasText: /^Echoes \(\d+\)/ })
        .waitFor({ timeout: 1_800_000 });
    });
    const echoes = await page.locator('#echoes-title').innerText();
    await page.goBack();
    await page.getByRole('checkbox', { name: 'Select The long transcript', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Select The long transcript (corrected)' }).click();
    // The percentages the compare screen shows while its worker aligns (read, not timed).
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { __alignPercents: number[] }).__alignPercents = seen;
      new MutationObserver(() => {
        const text = document.querySelector('.aligning-notice')?.textContent ?? '';
        const percent = /(\d+)% done/.exec(text)?.[1];
        if (percent !== undefined && seen.at(-1) !== Number(percent)) seen.push(Number(percent));
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const compared = await step(page, 'compare', async () => {
      await page.getByRole('button', { name: 'Compare the two' }).click();
      await page
        .locator('.compare-column [data-kind="changed"]', { hasText: texts.edited })
        .first()
        .waitFor({ timeout: 1_800_000 });
    });
    // The column grows chunk by chunk; it is all there once its status line has gone.
    await page.locator('.compare-column [role="status"]').first().waitFor({ state: 'detached' });
    const changed = await page
      .locator('.compare-column')
      .first()
      .locator('[data-kind="changed"]')
      .allTextContents();
    const percents = await page.evaluate(
      () => (window as unknown as { __alignPercents: number[] }).__alignPercents,
    );
    // Stepping to the change marks it on both sides (a check, not a timing).
    await page.getByRole('button', { name: '↓ Next difference' }).click();
    await page.locator('.compare-position', { hasText: /^1 of \d+$/ }).waitFor();
    const position = await page.locator('.compare-position').innerText();
    const current = await page.locator('.seg-current').allTextContents();
    console.log(
      `  ${megabytes} MB article (${(texts.first.length / 1e6).toFixed(1)} M characters): import of it and an edited copy ${ms(imported.ms)} (longest task ${ms(imported.longestTaskMs)}, ${imported.longTasks} over 50 ms)`,
    );
    console.log(
      `  reader open to its echo scan done ("${echoes}") ${ms(read.ms)} (longest task ${ms(read.longestTaskMs)}, ${read.longTasks} over 50 ms)`,
    );
    console.log(
      `  compare with the edited copy to the change shown ${ms(compared.ms)} (longest task ${ms(compared.longestTaskMs)}, ${compared.longTasks} over 50 ms); progress shown while aligning: ${percents.length ? `${percents.length} values, ${percents.join(', ')}%` : 'none'}; changed: ${JSON.stringify(changed)}, expected "${texts.edited}"; Next difference: "${position}", marked ${JSON.stringify(current)}`,
    );
    return {
      importMs: imported.ms,
      importLongestTaskMs: imported.longestTaskMs,
      readMs: read.ms,
      readLongestTaskMs: read.longestTaskMs,
      compareMs: compared.ms,
      compareLongestTaskMs: compared.longestTaskMs,
    };
  } finally {
    await browser.close();
    server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runBigArticleBench();
