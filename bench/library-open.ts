/**
 * Library open on a kept archive (issue 11 point 4): a copy of a seeded browser profile is opened
 * once until its start-up work is done (an upgrade's summary fill, the sketches' load), then the
 * library is opened again LIBRARY_OPENS times, each timed from navigation to the first row on
 * the page's clock, with the longest main-thread task meanwhile. LIBRARY_BEFORE=<another tree's
 * out/renderer> measures that build first, on its own copy, in the same run. The first row is
 * timed when the frame holding it is painted, by a watch in the page (library-open-watch.ts);
 * LIBRARY_WAIT=locator times it as sessions up to 10 did (Playwright's locator wait, then the
 * page's clock read). Each open is in a new tab, whose page starts in a renderer that has not
 * run the app: a reload in the same tab (LIBRARY_REUSE_TAB=1, as up to session 10) finds V8's
 * in-process caches warm, which a person opening the app does not.
 * LIBRARY_SW=1 lets the web build's service worker in, as a returning web user has it: the first
 * open waits until it controls the page, so the timed opens are served from its precache.
 * LIBRARY_TRACE=1 prints where the last open's time went (bench/library-open-trace.ts).
 * LIBRARY_EMPTY=1 times the open of an archive without articles (SCALE_SEEDED's 0), to the empty
 * archive's first screen instead of a row; an empty folder as LIBRARY_SEEDED is a new user's
 * profile, whose first open (the archive made) is timed too.
 * Run: LIBRARY_SEEDED=/tmp/h7ui-seeded/100000 npm run bench -- library-open
 */
import { execSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../scripts/chromium';
import { serveStatic } from '../scripts/static-server';
import { chromiumPath } from './browser/run-in-browser';
import {
  firstRowSeen,
  firstRowSelector,
  firstScreenSeen,
  firstScreenSelector,
  installFirstRowWatch,
} from './library-open-watch';
import { openTimeline } from './library-open-marks';
import { reportOpenTrace, startOpenTrace } from './library-open-trace';
import { installTaskWatch, longestTaskBetween } from './scale-probes';

const seeded = process.env.LIBRARY_SEEDED;
const before = process.env.LIBRARY_BEFORE;
const opens = Number(process.env.LIBRARY_OPENS ?? 3);
/** LIBRARY_PROFILE=1 saves a CPU profile of each build's last open in the temp folder. */
const profiled = process.env.LIBRARY_PROFILE === '1';
/** LIBRARY_TRACE=1 traces each build's last open and prints where its time went (library-open-trace.ts). */
const traced = process.env.LIBRARY_TRACE === '1';
// A kept archive belongs to its origin: served from the port it was seeded on (scale's default).
const port = Number(process.env.SCALE_PORT ?? 5288);
/** Marks this build sets once its start-up work is done (older builds set none). */
const readyMarks = ['verso:summaries-ready', 'verso:sketches-warm'];
/** Set by builds since schema v20 once the older articles' addresses are filled (url-key-fill.ts). */
const urlKeysMark = 'verso:url-keys-filled';

/** The ready marks `rendererDir`'s build sets: the v20 fill's too when the build has it. */
function marksOf(rendererDir: string): string[] {
  const assets = join(rendererDir, 'assets');
  const hasFill = readdirSync(assets).some(
    (name) =>
      name.endsWith('.js') && readFileSync(join(assets, name), 'utf8').includes(urlKeysMark),
  );
  return hasFill ? [...readyMarks, urlKeysMark] : readyMarks;
}
const byLocator = process.env.LIBRARY_WAIT === 'locator';
const withWorker = process.env.LIBRARY_SW === '1';
const empty = process.env.LIBRARY_EMPTY === '1';
const reuseTab = process.env.LIBRARY_REUSE_TAB === '1';
const loadAverage = (): string => readFileSync('/proc/loadavg', 'utf8').split(' ')[0] ?? '?';

/** Opens one build on its own copy of the archive; returns the median first-row time. */
async function measureBuild(
  label: string,
  rendererDir: string,
  seed: string,
  marksReady: boolean,
): Promise<number> {
  const profile = mkdtempSync(join(tmpdir(), 'verso-library-open-'));
  cpSync(seed, profile, { recursive: true });
  const { server, url } = await serveStatic(rendererDir, port);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: [...chromiumArgs],
    viewport: { width: 1280, height: 900 },
    serviceWorkers: withWorker ? 'allow' : 'block',
  });
  await installTaskWatch(context);
  if (!byLocator) await installFirstRowWatch(context);
  try {
    const first = await context.newPage();
    const firstCdp = await context.newCDPSession(first);
    const started = Date.now();
    await first.goto(url);
    await first
      .locator(empty ? firstScreenSelector : firstRowSelector)
      .first()
      .waitFor({ timeout: 600_000 });
    if (empty)
      console.log(
        `  ${label}: first open (load ${loadAverage()}) first screen ${(await firstScreenSeen(firstCdp)).toFixed(0)} ms; steps: ${await openTimeline(first)}`,
      );
    await firstCdp.detach();
    // This build marks when its start-up work is done; an older one is given 20 s.
    if (marksReady && !empty)
      await first.waitForFunction(
        (m) => m.every((k) => performance.getEntriesByName(k).length > 0),
        marksOf(rendererDir),
        { polling: 500, timeout: 900_000 },
      );
    await first.waitForTimeout(marksReady ? 5_000 : 20_000);
    // The service worker registers after the first screen, then precaches the whole app.
    if (withWorker)
      await first.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        polling: 500,
        timeout: 120_000,
      });
    console.log(`  ${label}: first open and its start-up work ${Date.now() - started} ms`);
    await first.close();
    let page = await context.newPage();
    const times: number[] = [];
    for (let i = 0; i < opens; i++) {
      const load = loadAverage();
      // A new tab each time, as the person opening the app again has (see the file's comment).
      if (!reuseTab) {
        await page.close();
        page = await context.newPage();
      }
      const session = await context.newCDPSession(page);
      const cdp = profiled && i === opens - 1 ? session : undefined;
      await page.goto('about:blank');
      await cdp?.send('Profiler.enable');
      await cdp?.send('Profiler.start');
      const stopTrace = traced && i === opens - 1 ? await startOpenTrace(session) : undefined;
      let openMs: number;
      let seen = '';
      if (byLocator) {
        await page.goto(url);
        await page.locator(firstRowSelector).first().waitFor({ timeout: 600_000 });
        openMs = await page.evaluate(() => performance.now());
      } else if (empty) {
        await page.goto(url, { waitUntil: 'commit' });
        openMs = await firstScreenSeen(session);
      } else {
        await page.goto(url, { waitUntil: 'commit' });
        const row = await firstRowSeen(session);
        openMs = row.paintedMs;
        seen = ` (in the page at ${row.insertedMs.toFixed(0)}, shown at ${row.presentedMs.toFixed(0)})`;
      }
      if (stopTrace) await reportOpenTrace(page, await stopTrace(), openMs, label);
      const appStart = await page.evaluate(
        () => performance.getEntriesByName('verso:app-start').at(-1)?.startTime ?? NaN,
      );
      const tasks = await longestTaskBetween(page, 0, openMs);
      // Rows' opening words (read in the derive worker after the first screen): this build's.
      const ledeMs =
        !marksReady || empty
          ? NaN
          : await page
              .waitForFunction(
                () =>
                  document.querySelector('.article-lede')?.textContent ? performance.now() : 0,
                undefined,
                { timeout: 30_000 },
              )
              .then((handle) => handle.jsonValue())
              .catch(() => NaN);
      times.push(openMs);
      console.log(
        `  ${label}: open ${i + 1} (load ${load}) ${empty ? 'first screen' : 'first row'} ${openMs.toFixed(0)} ms${seen} (page start ${appStart.toFixed(0)}, app to first row ${(openMs - appStart).toFixed(0)}); longest task ${tasks.longestTaskMs.toFixed(0)} ms${Number.isNaN(ledeMs) ? '' : `; opening words shown at ${ledeMs.toFixed(0)} ms`}`,
      );
      console.log(`    ${label}: open ${i + 1} steps: ${await openTimeline(page)}`);
      if (cdp) {
        const { profile: cpu } = await cdp.send('Profiler.stop');
        const file = join(tmpdir(), `verso-library-open-${label}.cpuprofile`);
        writeFileSync(file, JSON.stringify(cpu));
        console.log(`  ${label}: profile of that open in ${file}`);
      }
      await session.detach();
      await page.waitForTimeout(5_000);
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? NaN;
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Measures and prints library open; returns the medians for a caller collecting results. */
export async function runLibraryOpenBench(): Promise<Record<string, number>> {
  if (!seeded || !existsSync(seeded)) {
    console.log(
      '  skipped: set LIBRARY_SEEDED to a kept profile (SCALE_SEEDED=DIR makes DIR/<size>)',
    );
    return {};
  }
  execSync('npx electron-vite build', { stdio: 'ignore' });
  const figures: Record<string, number> = {};
  if (before) figures.beforeMedianMs = await measureBuild('before', resolve(before), seeded, false);
  figures.medianMs = await measureBuild('this tree', resolve('out/renderer'), seeded, true);
  if (before)
    console.log(
      `  median first row ${figures.medianMs.toFixed(0)} ms against ${figures.beforeMedianMs?.toFixed(0)} ms before (×${(figures.medianMs / (figures.beforeMedianMs ?? NaN)).toFixed(2)}; target < 300 ms)`,
    );
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) await runLibraryOpenBench();
