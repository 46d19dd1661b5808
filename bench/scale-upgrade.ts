/**
 * The first open after updating to schema v16 at scale (issue 11): the library's first row, then
 * the move of the older articles' sketches that follows it (see src/db/sketch-move.ts) — how
 * long it takes, what the page says meanwhile, and the longest main-thread task.
 * Run: SCALE_UPGRADE_FROM=DIR npm run bench -- scale-upgrade, DIR a kept browser profile of an
 * older archive (served from 127.0.0.1:SCALE_PORT, 5288 by default, as the scale bench keeps
 * them); or SCALE_SEEDED=DIR (a v16 profile from the scale bench, DIR/<SCALE_UPGRADE_SIZE>) to
 * start from the state the v16 upgrade now leaves: its sketches cleared and the move to do.
 */
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../scripts/chromium';
import { serveStatic } from '../scripts/static-server';
import { buildPages, chromiumPath } from './browser/run-in-browser';
import { installTaskWatch, longestTaskBetween } from './scale-probes';

const size = Number(process.env.SCALE_UPGRADE_SIZE ?? 100_000);
const kept = process.env.SCALE_UPGRADE_FROM;
const seeded = process.env.SCALE_SEEDED;
const ms = (n: number): string => `${n.toFixed(0)} ms`;

/** Measures and prints the first open after the upgrade and the sketch move after it. */
export async function runScaleUpgradeBench(): Promise<Record<string, number>> {
  const from = kept ?? (seeded ? join(seeded, String(size)) : undefined);
  if (!from)
    throw new Error('Set SCALE_UPGRADE_FROM or SCALE_SEEDED (see bench/scale-upgrade.ts).');
  execSync('npx electron-vite build', { stdio: 'ignore' });
  const rendererDir = resolve('out/renderer');
  await buildPages(['seed-archive'], join(rendererDir, 'bench-seed'));
  const { server, url } = await serveStatic(rendererDir, Number(process.env.SCALE_PORT ?? 5288));
  const profile = mkdtempSync(join(tmpdir(), 'verso-upgrade-profile-'));
  cpSync(from, profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: [...chromiumArgs],
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
  });
  await installTaskWatch(context);
  try {
    if (!kept) {
      // The state the v16 upgrade leaves now: no sketch rows yet, and the mark to move them.
      const rewind = await context.newPage();
      await rewind.goto(`${url}bench-seed/seed-archive.html`);
      await rewind.evaluate(
        () =>
          new Promise<void>((done, fail) => {
            const open = indexedDB.open('verso');
            open.onerror = () => fail(new Error('could not open the archive'));
            open.onsuccess = () => {
              const tx = open.result.transaction(['sketches', 'meta'], 'readwrite');
              tx.objectStore('sketches').clear();
              tx.objectStore('meta').put({ key: 'sketches-to-move', value: 0 });
              tx.oncomplete = () => (open.result.close(), done());
              tx.onerror = () => fail(new Error('could not rewind the archive'));
            };
          }),
      );
      await rewind.close();
    }
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`[app] ${e.message}`));
    // The page notes when the move's status line comes and goes, and what it said.
    await page.addInitScript(() => {
      const w = window as unknown as {
        __move: { shownAt?: number; goneAt?: number; said: string[] };
      };
      w.__move = { said: [] };
      new MutationObserver(() => {
        const line = document.querySelector('[role="status"][aria-label="Near-copy check update"]');
        if (line) {
          w.__move.shownAt ??= performance.now();
          const text = line.querySelector('span')?.textContent ?? '';
          if (w.__move.said.at(-1) !== text) w.__move.said.push(text);
        } else if (w.__move.shownAt !== undefined) w.__move.goneAt ??= performance.now();
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(url);
    await page.locator('.article-slot .article-title').first().waitFor({ timeout: 3_600_000 });
    const libraryOpenMs = await page.evaluate(() => performance.now());
    await page.waitForFunction(
      () => (window as unknown as { __move: { goneAt?: number } }).__move.goneAt !== undefined,
      null,
      { polling: 1000, timeout: 3_600_000 },
    );
    const move = await page.evaluate(
      () =>
        (window as unknown as { __move: { shownAt: number; goneAt: number; said: string[] } })
          .__move,
    );
    const tasks = await longestTaskBetween(page, 0, move.goneAt);
    const figures = {
      libraryOpenMs,
      moveMs: move.goneAt - move.shownAt,
      statusTexts: move.said.length,
      longestTaskMs: tasks.longestTaskMs,
      longTasks: tasks.longTasks,
    };
    const said = move.said;
    console.log(
      `  ${size.toLocaleString('en')} articles (${kept ? 'upgraded from the kept profile' : 'sketches cleared, as the v16 upgrade leaves them'}): library open ${ms(libraryOpenMs)} to the first row; sketch move ${ms(figures.moveMs)} after it, its status said ${said.length} things, e.g. "${said[Math.floor(said.length / 2)] ?? ''}"; longest main-thread task from the start to the end of the move ${ms(tasks.longestTaskMs)} (${tasks.longTasks} over 50 ms)`,
    );
    return figures;
  } finally {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    server.close();
  }
}
