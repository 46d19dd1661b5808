/**
 * Scale bench (issue 11): the real app in Chromium on archives of 0, 10,000 and 100,000
 * articles. The same 1,000 .txt files are imported through the UI (Import folder…) at each size,
 * with the longest main-thread task and the rate's ratio to the empty archive's; then library
 * open, search, the archive-wide scan, tab memory and storage at each size. Each import of 1,000
 * and of 100 also says the CPU time the browser's processes spent on it (the browser process,
 * where IndexedDB's LevelDB works, by thread) and what LevelDB flushed and compacted meanwhile.
 * Run: npm run bench -- scale   (SCALE_SIZES=0,10000 to choose sizes; default 0,10000,100000).
 */
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs } from '../scripts/chromium';
import { serveStatic } from '../scripts/static-server';
import { traceDuring } from './trace-probe';
import { buildPages, callInPage, chromiumPath } from './browser/run-in-browser';
import { profileDuring } from './profile-probe';
import { workersProfiledDuring } from './worker-profile';
import { importThroughUi, writeImportFolder } from './scale-import';
import { openLibrary, scanArchive } from './scale-screens';
import { installTaskWatch, rendererMemoryMB, startUpDone, tabMemoryMB } from './scale-probes';
import { describeRequests, requestCounts, startRequestCount } from './scale-reads';
import {
  cpuBetween,
  cpuOf,
  describeCpu,
  levelDbLinesSince,
  levelDbLogMark,
  levelDbWorkSince,
} from './scale-cpu';
import {
  files,
  sizes,
  profiled,
  threadsProfiled,
  traced,
  scanning,
  seededDir,
  reopen,
  viaAccess,
  twice,
  settled,
  clickAfterMs,
  chooseMs,
  firstWay,
  settleSeconds,
  otherWays,
  logLines,
  countReads,
  relaunched,
} from './scale-options';
import { relaunchUntilQuiet } from './scale-relaunch';

const printLog = (what: string, profile: string, mark: number): void => {
  if (!logLines) return;
  console.log(
    `    LevelDB's log during ${what} (ended ${new Date().toISOString().slice(11, 23)}):`,
  );
  for (const line of levelDbLinesSince(profile, mark)) console.log(`      ${line}`);
};
const ms = (n: number | undefined): string => `${(n ?? NaN).toFixed(0)} ms`;
const phase = (n: number, what: string): void =>
  console.log(`  [${new Date().toISOString().slice(11, 19)}] ${n.toLocaleString('en')}: ${what}`);

async function measureSize(
  url: string,
  n: number,
  dirs: Record<'batch' | 'again' | 'picked' | 'dropped' | 'access' | 'hundred', string>,
): Promise<Record<string, number>> {
  // A profile on disk, as the app's users have (an off-the-record context keeps IndexedDB in
  // memory); service workers blocked, or the app's offline worker answers the seed page's URL
  // with the app's own page.
  const profile = mkdtempSync(join(tmpdir(), 'verso-scale-profile-'));
  const kept = seededDir ? join(seededDir, String(n)) : undefined;
  const reuse = kept !== undefined && existsSync(kept);
  if (reuse) cpSync(kept, profile, { recursive: true });
  const launch = async (): Promise<BrowserContext> => {
    const launched = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: [...chromiumArgs, '--js-flags=--expose-gc'],
      viewport: { width: 1280, height: 900 },
      serviceWorkers: 'block',
    });
    await installTaskWatch(launched);
    return launched;
  };
  let context = await launch();
  try {
    let seeded: Record<string, number> = { filledMs: NaN, indexMs: NaN };
    if (!reuse) {
      const seeder = await context.newPage();
      seeder.on('pageerror', (e) => console.error(`[seed] ${e.message}`));
      await seeder.goto(`${url}bench-seed/seed-archive.html`);
      phase(n, 'seeding');
      seeded = await callInPage<Record<string, number>>(seeder, 'seedArchive', n);
      await seeder.close();
      if (kept) {
        // Copied with the browser closed, so the copy is a whole database.
        await context.close();
        cpSync(profile, kept, { recursive: true });
        return measureSize(url, n, dirs);
      }
    }
    phase(
      n,
      reuse
        ? 'importing through the UI (archive copied from SCALE_SEEDED)'
        : 'importing through the UI',
    );
    if (reopen) {
      const first = await context.newPage();
      await first.goto(url);
      const warmMs = await startUpDone(first);
      phase(
        n,
        `opened once before (sketches loaded, summaries filled ${ms(warmMs)} after its start)`,
      );
      await first.close();
    }
    let page = await context.newPage();
    page.on('pageerror', (e) => console.error(`[app ${n}] ${e.message}`));
    await page.goto(url);
    await page
      .getByRole('heading', { name: n === 0 ? 'Your archive is empty' : /articles?$/ })
      .first()
      .waitFor({ timeout: 600_000 });
    if (settled) {
      const [cpu, log] = [cpuOf(profile), levelDbLogMark(profile)];
      const doneMs = await startUpDone(page);
      const spent = describeCpu(cpuBetween(cpu, cpuOf(profile)));
      phase(
        n,
        `start-up done ${ms(doneMs)} after the page's start: ${spent}; ${levelDbWorkSince(profile, log)}`,
      );
    }
    if (clickAfterMs > 0) await page.waitForTimeout(clickAfterMs);
    if (countReads) await startRequestCount(page);
    const cpuBefore = cpuOf(profile);
    const logBefore = levelDbLogMark(profile);
    // The measured import: the same files at every size, the picker answered as configured.
    const firstImport = (on: Page): Promise<Record<string, number>> =>
      importThroughUi(on, dirs.batch, files, firstWay, chooseMs);
    const imported = traced
      ? await traceDuring(page, `import-${n}`, () => firstImport(page))
      : threadsProfiled
        ? await workersProfiledDuring(page, `import-${n}`, () => firstImport(page))
        : profiled
          ? await profileDuring(page, `import-${n}`, () => firstImport(page))
          : await firstImport(page);
    const importCpu = cpuBetween(cpuBefore, cpuOf(profile));
    const importLevelDb = levelDbWorkSince(profile, logBefore);
    printLog(`the ${files}`, profile, logBefore);
    if (countReads)
      phase(n, `requests during the ${files}: ${describeRequests(await requestCounts(page))}`);
    const again = twice ? await importThroughUi(page, dirs.again, files) : undefined;
    const picked = otherWays ? await importThroughUi(page, dirs.picked, files, 'files') : {};
    const dropped = otherWays ? await importThroughUi(page, dirs.dropped, files, 'drop') : {};
    const access = !viaAccess
      ? {}
      : profiled
        ? await profileDuring(page, `access-${n}`, () =>
            importThroughUi(page, dirs.access, files, 'access'),
          )
        : await importThroughUi(page, dirs.access, files, 'access');
    if (settleSeconds > 0) {
      const [cpu, log] = [cpuOf(profile), levelDbLogMark(profile)];
      await page.waitForTimeout(settleSeconds * 1000);
      const spent = describeCpu(cpuBetween(cpu, cpuOf(profile)));
      phase(n, `waited ${settleSeconds} s: ${spent}; ${levelDbWorkSince(profile, log)}`);
    }
    if (relaunched)
      ({ context, page } = await relaunchUntilQuiet(context, launch, profile, url, (what) =>
        phase(n, what),
      ));
    if (countReads) await startRequestCount(page);
    const cpuBefore100 = cpuOf(profile);
    const logBefore100 = levelDbLogMark(profile);
    const hundred = await importThroughUi(page, dirs.hundred, 100);
    const hundredCpu = cpuBetween(cpuBefore100, cpuOf(profile));
    printLog('the 100 more', profile, logBefore100);
    if (countReads)
      phase(n, `requests during the 100 more: ${describeRequests(await requestCounts(page))}`);
    phase(n, `import of ${files}: ${describeCpu(importCpu)}; ${importLevelDb}`);
    phase(n, `100 more: ${describeCpu(hundredCpu)}; ${levelDbWorkSince(profile, logBefore100)}`);
    phase(n, 'opening the library');
    // Profiled too: the page's start and the cluster scan (the files name what took the time).
    const opened = profiled
      ? await profileDuring(page, `open-${n}`, () => openLibrary(page, url))
      : await openLibrary(page, url);
    phase(n, 'cluster scan');
    const scan = !scanning
      ? {}
      : profiled
        ? await profileDuring(page, `scan-${n}`, () => scanArchive(page))
        : await scanArchive(page);
    const memory = { ...(await tabMemoryMB(page)), ...rendererMemoryMB(profile) };
    const storage = await page.evaluate(
      async () => (await navigator.storage.estimate()).usage ?? 0,
    );
    await page.close();
    const searcher = await context.newPage();
    await searcher.goto(`${url}bench-seed/seed-archive.html`);
    phase(n, 'search');
    const search = await callInPage<Record<string, number>>(searcher, 'benchSearch', null);
    return {
      n,
      ...seeded,
      ...imported,
      pickedFilesPerSecond: picked.filesPerSecond ?? NaN,
      pickedLongestTaskMs: picked.longestTaskMs ?? NaN,
      pickedWritingLongestTaskMs: picked.writingLongestTaskMs ?? NaN,
      droppedFilesPerSecond: dropped.filesPerSecond ?? NaN,
      droppedLongestTaskMs: dropped.longestTaskMs ?? NaN,
      droppedWritingLongestTaskMs: dropped.writingLongestTaskMs ?? NaN,
      accessFilesPerSecond: access.filesPerSecond ?? NaN,
      accessLongestTaskMs: access.longestTaskMs ?? NaN,
      accessLongTasks: access.longTasks ?? NaN,
      accessWritingLongestTaskMs: access.writingLongestTaskMs ?? NaN,
      againFilesPerSecond: again?.filesPerSecond ?? NaN,
      againWritingMs: again?.writingMs ?? NaN,
      import100Ms: hundred.importMs ?? NaN,
      import100LongestTaskMs: hundred.longestTaskMs ?? NaN,
      import100IndexLoadMs: hundred.indexLoadMs ?? NaN,
      import100SessionStartMs: hundred.sessionStartMs ?? NaN,
      import100WritingMs: hundred.writingMs ?? NaN,
      import100IndexSaveMs: hundred.indexSaveMs ?? NaN,
      import100NearCopiesShownMs: hundred.nearCopiesShownMs ?? NaN,
      import100IndexCaughtUpMs: hundred.indexCaughtUpMs ?? NaN,
      importCpuMs: (importCpu.browser ?? 0) + (importCpu.renderer ?? 0),
      importBrowserCpuMs: importCpu.browser ?? 0,
      import100CpuMs: (hundredCpu.browser ?? 0) + (hundredCpu.renderer ?? 0),
      import100BrowserCpuMs: hundredCpu.browser ?? 0,
      ...opened,
      ...scan,
      ...memory,
      ...search,
      storageMB: storage / 1e6,
    };
  } catch (error) {
    // Said here: closing a context whose browser went away would hide the first error.
    console.error(`  ${n.toLocaleString('en')} articles: stopped —`, error);
    throw error;
  } finally {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Measures and prints the scale figures; returns them for a caller collecting bench results. */
export async function runScaleBench(): Promise<Record<string, Record<string, number>>> {
  execSync('npx electron-vite build', {
    stdio: 'ignore',
    env: { ...process.env, VERSO_READABLE_BUILD: profiled || threadsProfiled ? '1' : '0' },
  });
  const rendererDir = resolve('out/renderer');
  await buildPages(['seed-archive'], join(rendererDir, 'bench-seed'));
  const dirs = {
    batch: writeImportFolder('batch', files, 500_000),
    again: writeImportFolder('again', twice ? files : 0, 700_000),
    picked: writeImportFolder('picked', otherWays ? files : 0, 800_000),
    dropped: writeImportFolder('dropped', otherWays ? files : 0, 900_000),
    access: writeImportFolder('access', viaAccess ? files : 0, 1_000_000),
    hundred: writeImportFolder('hundred', 100, 600_000),
  };
  // A kept archive belongs to its origin: its copies must be served from the same port.
  const port = seededDir ? Number(process.env.SCALE_PORT ?? 5288) : 0;
  const { server, url } = await serveStatic(rendererDir, port);
  const figures: Record<string, Record<string, number>> = {};
  // The engine decides what the archive's size costs an import (see scripts/chromium.ts).
  console.log(
    `  IndexedDB in ${process.env.CHROMIUM_IDB === 'sqlite' ? "Chromium's SQLite backing store (CHROMIUM_IDB=sqlite)" : "LevelDB, this Chromium's default (CHROMIUM_IDB=sqlite for SQLite)"}`,
  );
  try {
    for (const n of sizes) {
      const f = await measureSize(url, n, dirs).catch(() => undefined);
      if (!f) continue;
      figures[n] = f;
      const base = figures[sizes[0] ?? 0];
      console.log(
        `  ${n.toLocaleString('en')} articles: library open ${ms(f.libraryOpenMs)} to the first row (page start ${ms(f.pageStartMs)}, then app to first row ${ms(f.appToFirstRowMs)}); search median ${f.searchMedianMs?.toFixed(1)} ms (${f.queries} queries), first search ${ms(f.firstSearchMs)}; cluster scan ${ms(f.scanMs)}${f.scanFailed ? ' (stopped, see above)' : ''} (progress shown: ${f.scanProgressSeen ? 'yes' : 'no'}, cancel took ${ms(f.scanCancelMs)} once its click reached the page ${ms(f.scanCancelClickMs)} after it was asked, longest task ${ms(f.scanLongestTaskMs)}); main-thread JS heap ${f.jsHeapMB?.toFixed(0)} MB, renderer (page + workers) ${f.rendererRssMB?.toFixed(0)} MB, peak ${f.rendererPeakMB?.toFixed(0)} MB; storage ${f.storageMB?.toFixed(0)} MB`,
      );
      if (otherWays)
        console.log(
          `  ${n.toLocaleString('en')} articles: then ${files} new files through Import files… ${f.pickedFilesPerSecond?.toFixed(1)} files/s (longest task ${ms(f.pickedLongestTaskMs)}, while reading + writing ${ms(f.pickedWritingLongestTaskMs)}); ${files} by a drop (files handed to the page first) ${f.droppedFilesPerSecond?.toFixed(1)} files/s (longest task ${ms(f.droppedLongestTaskMs)}, while reading + writing ${ms(f.droppedWritingLongestTaskMs)})`,
        );
      if (viaAccess)
        console.log(
          `  ${n.toLocaleString('en')} articles: then ${files} new files through Import folder… by the File System Access picker ${f.accessFilesPerSecond?.toFixed(1)} files/s, longest main-thread task ${ms(f.accessLongestTaskMs)} (${f.accessLongTasks} over 50 ms), while reading + writing ${ms(f.accessWritingLongestTaskMs)}`,
        );
      // The rate's ratio moves with the machine's load: twelve empty-archive imports under load
      // 4-9 scattered 15% in time but 4% in the CPU the browser's processes spent (session 13),
      // so the CPU's ratio is said beside it.
      console.log(
        `  ${n.toLocaleString('en')} articles: UI import of ${files} files ${ms(f.importMs)} = ${f.filesPerSecond?.toFixed(1)} files/s (×${((f.filesPerSecond ?? 0) / (base?.filesPerSecond ?? NaN)).toFixed(2)} of the first size; CPU ${ms(f.importCpuMs)}, ×${((f.importCpuMs ?? 0) / (base?.importCpuMs ?? NaN)).toFixed(2)} the first size's), longest main-thread task ${ms(f.longestTaskMs)} (${f.longTasks} over 50 ms; the longest began ${ms(f.longestTaskAfterMs)} after the click), while reading + writing ${ms(f.writingLongestTaskMs)} (${f.writingLongTasks} over 50 ms); phases: index load ${ms(f.indexLoadMs)} (of which the click and the files' intake ${ms(f.intakeMs)} (${chooseMs > 0 ? `timed from the ${firstWay === 'drop' ? 'drop, the files dragged over the window' : "folder's hand-over, the picker open"} ${ms(chooseMs)} before` : `the click reached the page after ${ms(f.pressMs)}`}), the pipeline's modules ${ms(f.pipelineWaitMs)}, the write session's start ${ms(f.sessionStartMs)}), reading + writing ${ms(f.writingMs)} (of which the search index catching up ${ms(f.indexCatchUpMs)}), index save ${ms(f.indexSaveMs)}; near copies shown ${ms(f.nearCopiesShownMs)} and the index caught up ${ms(f.indexCaughtUpMs)} after the click; sketches in memory ${ms(f.sketchesWarmMs)} after the click; added ${f.added}; ${twice ? `then 1,000 more ${f.againFilesPerSecond?.toFixed(1)} files/s (reading + writing ${ms(f.againWritingMs)}); ` : ''}then 100 more ${ms(f.import100Ms)} (longest task ${ms(f.import100LongestTaskMs)}; index load ${ms(f.import100IndexLoadMs)} (session start ${ms(f.import100SessionStartMs)}), reading + writing ${ms(f.import100WritingMs)}, index save ${ms(f.import100IndexSaveMs)}, near copies shown ${ms(f.import100NearCopiesShownMs)}, index caught up ${ms(f.import100IndexCaughtUpMs)}); seeding ${ms(f.filledMs)} + index ${ms(f.indexMs)}`,
      );
    }
  } finally {
    server.close();
    rmSync(join(dirs.batch, '..'), { recursive: true, force: true });
  }
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) await runScaleBench();
