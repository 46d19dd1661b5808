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
import { syntheticArticle } from './archive-synthetic';
import { chromiumPath } from './browser/run-in-browser';
import { installTaskWatch, longestTaskBetween } from './scale-probes';

const megabytes = Number(process.env.BIG_MB ?? 5);
const ms = (n: number | undefined): string => `${(n ?? NaN).toFixed(0)} ms`;

/** The big text: synthetic articles' paragraphs until it reaches the size; and an edited copy. */
function bigTexts(): { readonly first: string; readonly second: string; readonly edited: string } {
  const paragraphs: string[] = [];
  let length = 0;
  for (let i = 0; length < megabytes * 1e6; i++)
    for (const p of syntheticArticle(700_000 + i).text.split('\n\n')) {
      paragraphs.push(p);
      length += p.length + 2;
    }
  // One word changed about 60% in, so the comparison has exactly one place to find.
  const at = Math.floor(paragraphs.length * 0.6);
  const words = (paragraphs[at] ?? '').split(' ');
  const edited = words[3] ?? '';
  const second = paragraphs.map((p, i) =>
    i === at ? [...words.slice(0, 3), 'zyzzyva', ...words.slice(4)].join(' ') : p,
  );
  return {
    first: ['The long transcript', ...paragraphs].join('\n\n'),
    second: ['The long transcript (corrected)', ...second].join('\n\n'),
    edited,
  };
}

const now = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/** Runs one step and returns its time and the longest main-thread task within it. */
async function step(
  page: Page,
  work: () => Promise<unknown>,
): Promise<{ ms: number; longestTaskMs: number; longTasks: number }> {
  const started = await now(page);
  await work();
  const ended = await now(page);
  const tasks = await longestTaskBetween(page, started, ended);
  return { ms: ended - started, longestTaskMs: tasks.longestTaskMs, longTasks: tasks.longTasks };
}

/** Measures and prints the big article's figures; returns them for a caller collecting results. */
export async function runBigArticleBench(): Promise<Record<string, number>> {
  execSync('npx electron-vite build', { stdio: 'ignore' });
  const folder = mkdtempSync(join(tmpdir(), 'verso-big-'));
  const texts = bigTexts();
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
    const imported = await step(page, async () => {
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
    const read = await step(page, async () => {
      await page.locator('.article-title', { hasText: /^The long transcript$/ }).click();
      await page.getByText(/^Echoes \(\d+\)/).waitFor({ timeout: 1_800_000 });
    });
    const echoes = await page.locator('#echoes-title').innerText();
    await page.goBack();
    await page.getByRole('checkbox', { name: 'Select The long transcript', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Select The long transcript (corrected)' }).click();
    const compared = await step(page, async () => {
      await page.getByRole('button', { name: 'Compare the two' }).click();
      await page
        .getByRole('region', { name: /^Left:/ })
        .locator('[data-kind="changed"]')
        .first()
        .waitFor({ timeout: 1_800_000 });
    });
    const changed = await page
      .getByRole('region', { name: /^Left:/ })
      .locator('[data-kind="changed"]')
      .allInnerTexts();
    console.log(
      `  ${megabytes} MB article (${(texts.first.length / 1e6).toFixed(1)} M characters): import of it and an edited copy ${ms(imported.ms)} (longest task ${ms(imported.longestTaskMs)}, ${imported.longTasks} over 50 ms)`,
    );
    console.log(
      `  reader open to its echo scan done ("${echoes}") ${ms(read.ms)} (longest task ${ms(read.longestTaskMs)}, ${read.longTasks} over 50 ms)`,
    );
    console.log(
      `  compare with the edited copy to the change shown ${ms(compared.ms)} (longest task ${ms(compared.longestTaskMs)}, ${compared.longTasks} over 50 ms); changed: ${JSON.stringify(changed)}, expected "${texts.edited}"`,
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
