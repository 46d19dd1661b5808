/**
 * One big article through the real app (issue 11 point 2): a big .txt and an edited copy of it
 * are imported through Import files…, the first is opened in the reader (which renders it and
 * scans it for echoes), the two are compared, and the archive-wide scan (Strongest echoes) runs
 * with both inside; each step's time and longest main-thread task. Besides news-like text at
 * BIG_MB (5 and 10 MB), the adversarial shapes of big-shapes.ts at BIG_SHAPE_MB (5 MB).
 * Run: npm run bench -- big-article   (BIG_SHAPES=random-words,… to choose; BIG_SHAPES= for none).
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs } from '../scripts/chromium';
import { serveStatic } from '../scripts/static-server';
import { runBigArticleGrowth } from './big-article-growth';
import {
  archiveScan,
  compareChecks,
  said,
  stepLimitMs,
  timedStep,
  watchAlignPercents,
} from './big-article-steps';
import { bigShapeTexts, bigShapes, type BigShape } from './big-shapes';
import type { BigTexts } from './big-texts';
import { profileDuring } from './profile-probe';
import { chromiumPath } from './browser/run-in-browser';
import { installTaskWatch } from './scale-probes';

// Each size in its own browser context; 10 MB is import's limit (10 MiB of bytes).
const sizesMb = (process.env.BIG_MB ?? '5,10').split(',').filter(Boolean).map(Number);
const shapes = (process.env.BIG_SHAPES ?? bigShapes.filter((s) => s !== 'synthetic').join(','))
  .split(',')
  .filter(Boolean) as BigShape[];
const shapeMb = Number(process.env.BIG_SHAPE_MB ?? 5);
/** BIG_PROFILE=1: profile the page during reading and comparing, and name each long task. */
const profiled = process.env.BIG_PROFILE === '1';

/** Measures and prints the big articles' figures; returns them for a caller collecting results. */
export async function runBigArticleBench(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  // Readable frames in the profile when profiling.
  execSync('npx electron-vite build', {
    stdio: 'ignore',
    env: { ...process.env, ...(profiled ? { VERSO_READABLE_BUILD: '1' } : {}) },
  });
  const cases: [string, BigShape, number][] = [
    ...sizesMb.map((mb): [string, BigShape, number] => [`${mb}MB`, 'synthetic', mb]),
    ...shapes.map((shape): [string, BigShape, number] => [`${shape}${shapeMb}MB`, shape, shapeMb]),
  ];
  for (const [label, shape, mb] of cases) {
    console.log(`  ${shape === 'synthetic' ? 'news-like paragraphs' : shape}, ${mb} MB:`);
    for (const [key, value] of Object.entries(
      await bigArticleInApp(label, bigShapeTexts(shape, mb)),
    ))
      figures[`${key}At${label}`] = value;
  }
  if (process.env.BIG_GROWTH_MB !== '') Object.assign(figures, runBigArticleGrowth());
  return figures;
}

/** Opens the app afresh (a stalled worker is left behind with the old page). */
async function openApp(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
  // The app reopens the screen it was on: go to the library.
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await page.locator('.article-title', { hasText: /^The long transcript$/ }).waitFor();
}

/** One text through the app: import, read (and scan), compare, archive-wide scan. */
async function bigArticleInApp(label: string, texts: BigTexts): Promise<Record<string, number>> {
  const folder = mkdtempSync(join(tmpdir(), 'verso-big-'));
  const step = (page: Page, name: string, work: () => Promise<unknown>) =>
    profiled
      ? profileDuring(page, `${name}-${label}`, () => timedStep(page, work))
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
      await page.getByRole('status', { name: 'Import summary' }).waitFor({ timeout: stepLimitMs });
    });
    await page
      .getByRole('status', { name: 'Import summary' })
      .getByRole('button', { name: 'Dismiss' })
      .click();
    // Opening the article: the reader lays it out in chunks and scans it for echoes.
    let textShown = NaN;
    const read = await step(page, 'read', async () => {
      const started = await page.evaluate(() => performance.now());
      await page.locator('.article-title', { hasText: /^The long transcript$/ }).click();
      await page.locator('.reader-chunk').first().waitFor({ timeout: stepLimitMs });
      textShown = (await page.evaluate(() => performance.now())) - started;
      // Located by id: a text search polls the text of the whole page, and with megabytes of
      // text that (and its garbage) kept the main thread busy for the bench's own sake.
      await page
        .locator('#echoes-title', { hasText: /^Echoes \([\d,]+\)/ })
        .waitFor({ timeout: stepLimitMs });
    });
    const echoes = await page
      .locator('#echoes-title')
      .innerText()
      .catch(() => '(none)');
    // A stalled scan holds the echo worker: a fresh page has a fresh one for the steps after.
    await openApp(page, url);
    await page.getByRole('checkbox', { name: 'Select The long transcript', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Select The long transcript (corrected)' }).click();
    await watchAlignPercents(page);
    const compared = await step(page, 'compare', async () => {
      await page.getByRole('button', { name: 'Compare the two' }).click();
      await page
        .locator('.compare-column [data-kind="changed"]', { hasText: texts.edited.slice(0, 40) })
        .first()
        .waitFor({ timeout: stepLimitMs });
    });
    const checks = Number.isNaN(compared.ms)
      ? 'not checked'
      : await compareChecks(page, texts.edited).catch(
          (e: unknown) => `checks failed: ${String(e)}`,
        );
    await openApp(page, url);
    const scan = await archiveScan(page, (work) => step(page, 'scan', work));
    console.log(
      `    (${(texts.first.length / 1e6).toFixed(1)} M characters) import of it and an edited copy ${said(imported)}`,
    );
    console.log(
      `    reader: text shown ${textShown.toFixed(0)} ms; to its echo scan done ("${echoes}") ${said(read)}`,
    );
    console.log(
      `    compare with the edited copy to the change shown ${said(compared)}; ${checks}`,
    );
    console.log(`    archive-wide scan to its list ("${scan.count}") ${said(scan.step)}`);
    return {
      importMs: imported.ms,
      importLongestTaskMs: imported.longestTaskMs,
      textShownMs: textShown,
      readMs: read.ms,
      readLongestTaskMs: read.longestTaskMs,
      compareMs: compared.ms,
      compareLongestTaskMs: compared.longestTaskMs,
      scanMs: scan.step.ms,
      scanLongestTaskMs: scan.step.longestTaskMs,
    };
  } finally {
    await browser.close();
    server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runBigArticleBench();
