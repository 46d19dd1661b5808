/**
 * Backup bench (issue 11, session 14): the whole archive exported and restored through the real
 * UI in Chromium, at the seeded sizes. Export: Archive → Export archive… (the download path: the
 * benches' Chromium has no save picker) until its status says how it ended; its time, the
 * file's size, the longest main-thread task, and the peak memory of the tab's renderer and of
 * the browser process (where a download's Blob lives) while it ran. Restore: that file, Replace,
 * into an empty archive of a new profile, to "Restored"; its time and the same probes.
 * Run: BACKUP_SEEDED=/tmp/seeded BACKUP_PORT=5288 BACKUP_SIZES=10000 npm run bench -- backup
 * (under flock on the port's lock: a seeded archive belongs to its origin's port).
 * BACKUP_RENDERER=DIR measures another build (e.g. main's, for a before figure) without building;
 * BACKUP_RESTORE=0 leaves out the restore. BACKUP_PROFILE=1 profiles the page's main thread during
 * the export and the restore (a readable build) and names its longest tasks' frames. BACKUP_CANCEL=1 also
 * restores the file again into an empty profile and presses Cancel restore once a third of the
 * articles are written: the time from the click to the status saying how it stopped.
 * BACKUP_KEEP=DIR keeps the exported files there (the CLI's memory is measured on them).
 */
import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveStatic } from '../scripts/static-server';
import { longestTaskBetween, startUpDone } from './scale-probes';
import { launch, openArchivePanel, openReplaceRestore, sampleMemory, say } from './backup-browser';
import { profileDuring } from './profile-probe';
import { cpuBetween, cpuOf, describeCpu } from './scale-cpu';

const sizes = (process.env.BACKUP_SIZES ?? '10000').split(',').map(Number);
const seededDir = process.env.BACKUP_SEEDED ?? '/tmp/seeded';
const port = Number(process.env.BACKUP_PORT ?? 5288);
const restoring = process.env.BACKUP_RESTORE !== '0';
const profiled = process.env.BACKUP_PROFILE === '1';
const cancelling = process.env.BACKUP_CANCEL === '1';
const timeout = 3_600_000;

async function exportAt(
  url: string,
  n: number,
  into: string,
): Promise<Record<string, number | string>> {
  const profile = mkdtempSync(join(tmpdir(), 'verso-backup-profile-'));
  cpSync(join(seededDir, String(n)), profile, { recursive: true });
  const context = await launch(profile);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page
      .getByRole('heading', { name: /articles?$/ })
      .first()
      .waitFor({ timeout: 600_000 });
    // The page's start-up loads are not counted in the export.
    await startUpDone(page);
    const panel = await openArchivePanel(page);
    const status = panel.locator('[aria-labelledby="backup-title"] [role="status"]').first();
    say(n, 'exporting');
    const memory = sampleMemory(profile);
    let download: import('playwright-core').Download | undefined;
    page.on('download', (d) => (download = d));
    const started = await page.evaluate(() => performance.now());
    const clickedAt = Date.now();
    const cpuBefore = cpuOf(profile);
    const statusHandle = await status.elementHandle();
    // The old export may take the tab down (out of memory): then say so, and how long it took.
    const crashed = new Promise<string>((resolve) => page.on('crash', () => resolve('crashed')));
    // Clicked inside the profiled work, so the profile holds the export from its start (started
    // after the click, under load it held only the last 0.7 s of a 4.3 s export).
    const race = async (): Promise<string> => {
      await panel.getByRole('button', { name: 'Export archive…' }).click();
      const waited = page.waitForFunction(
        (el) => {
          const text = el.textContent;
          return text !== '' && !/^(Preparing|Writing|Waiting)/.test(text);
        },
        statusHandle,
        { polling: 100, timeout },
      );
      return Promise.race([waited.then(() => 'ended'), crashed]).catch(
        (error: unknown) => `failed: ${String(error).split('\n')[0]}`,
      );
    };
    const outcome = await (profiled ? profileDuring(page, `export-${n}`, race) : race());
    if (outcome !== 'ended') {
      const peaks = memory();
      return { exportMs: Date.now() - clickedAt, note: `tab ${outcome}`, fileMB: NaN, ...peaks };
    }
    const ended = await page.evaluate(() => performance.now());
    // Every process of the browser: holding the export's snapshot costs the page and the
    // browser's IndexedDB thread alike (snapshot-reader.ts).
    const cpu = describeCpu(cpuBetween(cpuBefore, cpuOf(profile)));
    const peaks = memory();
    const note = (await status.textContent()) ?? '';
    const tasks = await longestTaskBetween(page, started, ended);
    // The download is announced just after the status changes, when the Blob is handed over.
    for (let i = 0; i < 100 && !download; i++) await page.waitForTimeout(100);
    let bytes = NaN;
    const file = join(into, `backup-${n}.json`);
    if (download) {
      await download.saveAs(file);
      await download.delete();
      bytes = statSync(file).size;
    }
    return { exportMs: ended - started, note, fileMB: bytes / 1e6, ...tasks, ...peaks, cpu, file };
  } finally {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
}

async function restoreInto(
  url: string,
  n: number,
  file: string,
): Promise<Record<string, number | string>> {
  const profile = mkdtempSync(join(tmpdir(), 'verso-backup-restore-'));
  const context = await launch(profile);
  try {
    const { page, panel } = await openReplaceRestore(context, url);
    say(n, 'restoring (Replace, into an empty archive)');
    const memory = sampleMemory(profile);
    const chooser = page.waitForEvent('filechooser');
    const started = await page.evaluate(() => performance.now());
    await panel.getByRole('button', { name: 'Replace the archive…' }).click();
    await (await chooser).setFiles(file);
    const done = panel.getByText(/^(Restored: |Nothing was restored)/);
    const waitDone = (): Promise<void> => done.waitFor({ timeout });
    // When each phase the status names (checking, writing, preparing echoes) was first seen.
    const phases = page.evaluate(async () => {
      const seen: Record<string, number> = {};
      for (;;) {
        const texts = [...document.querySelectorAll('[role="status"], [role="alert"]')].map(
          (el) => el.textContent,
        );
        for (const [name, pattern] of [
          ['checkingMs', /^Reading and checking/],
          ['writingMs', /^Restoring… \d/],
          ['rebuildingMs', /^Preparing echoes/],
        ] as const)
          if (seen[name] === undefined && texts.some((t) => pattern.test(t)))
            seen[name] = performance.now();
        if (texts.some((t) => /^(Restored: |Nothing was restored)/.test(t))) return seen;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
    await (profiled ? profileDuring(page, `restore-${n}`, waitDone) : waitDone());
    const seenAt = await phases.catch(() => ({}));
    const ended = await page.evaluate(() => performance.now());
    const peaks = memory();
    const note = (await done.textContent()) ?? '';
    const tasks = await longestTaskBetween(page, started, ended);
    // Each phase's time from the start, and its longest task (the old restore has no phases).
    const at: Record<string, number> = seenAt;
    const bounds = [started, at.writingMs, at.rebuildingMs, ended];
    const phaseTasks: Record<string, number> = {};
    for (const [i, name] of ['checking', 'writing', 'rebuilding'].entries()) {
      const [from, to] = [bounds[i], bounds[i + 1]];
      if (from === undefined || to === undefined) continue;
      phaseTasks[`${name}LongestTaskMs`] = (await longestTaskBetween(page, from, to)).longestTaskMs;
    }
    const since = Object.fromEntries(Object.entries(at).map(([k, v]) => [k, v - started]));
    return { restoreMs: ended - started, note, ...tasks, ...peaks, ...since, ...phaseTasks };
  } finally {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Restores `file` (Replace, into an empty profile), cancelled once a third is written. */
async function cancelAt(
  url: string,
  n: number,
  file: string,
): Promise<Record<string, number | string>> {
  const profile = mkdtempSync(join(tmpdir(), 'verso-backup-cancel-'));
  const context = await launch(profile);
  try {
    const { page, panel } = await openReplaceRestore(context, url);
    say(n, 'restoring, to cancel a third of the way through writing');
    const chooser = page.waitForEvent('filechooser');
    await panel.getByRole('button', { name: 'Replace the archive…' }).click();
    await (await chooser).setFiles(file);
    await page.waitForFunction(
      () =>
        // No named functions in here: the bench's compiler would wrap them in a helper the
        // page does not have.
        [...document.querySelectorAll('[role="status"]')].some((el) => {
          const [, done = '', total = 'x'] =
            /^Restoring… ([\d,]+) of ([\d,]+)/.exec(el.textContent) ?? [];
          return Number(done.replace(/,/g, '')) * 3 >= Number(total.replace(/,/g, ''));
        }),
      null,
      { polling: 50, timeout },
    );
    const clickedAt = await page.evaluate(() => performance.now());
    await panel.getByRole('button', { name: 'Cancel restore' }).click();
    const done = panel.getByText(/^(Restore cancelled|Nothing was restored|Restored: )/);
    await done.waitFor({ timeout });
    const ended = await page.evaluate(() => performance.now());
    const tasks = await longestTaskBetween(page, clickedAt, ended);
    return { cancelMs: ended - clickedAt, note: (await done.textContent()) ?? '', ...tasks };
  } finally {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
}

const fixed = (value: number | string | undefined, digits = 0): string =>
  typeof value === 'number' ? value.toFixed(digits) : String(value);

/** Measures and prints the backup figures; returns them. */
export async function runBackupBench(): Promise<Record<number, Record<string, number | string>>> {
  const given = process.env.BACKUP_RENDERER;
  if (!given)
    execSync('npx electron-vite build', {
      stdio: 'ignore',
      // Readable frames in the profile when profiling.
      env: { ...process.env, ...(profiled ? { VERSO_READABLE_BUILD: '1' } : {}) },
    });
  const { server, url } = await serveStatic(resolve(given ?? 'out/renderer'), port);
  const kept = process.env.BACKUP_KEEP;
  const into = kept ?? mkdtempSync(join(tmpdir(), 'verso-backup-files-'));
  mkdirSync(into, { recursive: true });
  const figures: Record<number, Record<string, number | string>> = {};
  try {
    for (const n of sizes) {
      const out = await exportAt(url, n, into);
      say(
        n,
        `export ${fixed(out.exportMs)} ms, "${out.note}", file ${fixed(out.fileMB, 1)} MB, longest task ${fixed(out.longestTaskMs)} ms (${out.longTasks} over 50 ms), peak renderer ${fixed(out.rendererPeakMB)} MB (${fixed(out.rendererStartMB)} MB before), browser process ${fixed(out.browserPeakMB)} MB; ${String(out.cpu)}`,
      );
      figures[n] = out;
      if (!restoring || Number.isNaN(out.fileMB)) continue;
      const back = await restoreInto(url, n, String(out.file));
      say(
        n,
        `restore (Replace into empty) ${fixed(back.restoreMs)} ms (phases first seen: checking ${fixed(back.checkingMs)}, writing ${fixed(back.writingMs)}, preparing echoes ${fixed(back.rebuildingMs)} ms; longest task while checking ${fixed(back.checkingLongestTaskMs)}, writing ${fixed(back.writingLongestTaskMs)}, preparing echoes ${fixed(back.rebuildingLongestTaskMs)} ms), "${back.note}", longest task ${fixed(back.longestTaskMs)} ms (${back.longTasks} over 50 ms), peak renderer ${fixed(back.rendererPeakMB)} MB (${fixed(back.rendererStartMB)} MB before), browser process ${fixed(back.browserPeakMB)} MB`,
      );
      if (cancelling) {
        const cancel = await cancelAt(url, n, String(out.file));
        say(
          n,
          `cancel: ${fixed(cancel.cancelMs)} ms from the click to "${cancel.note}" (longest task meanwhile ${fixed(cancel.longestTaskMs)} ms)`,
        );
        back.cancelMs = cancel.cancelMs ?? NaN;
      }
      figures[n] = {
        ...out,
        ...Object.fromEntries(Object.entries(back).map(([k, v]) => [`restore.${k}`, v])),
      };
    }
  } finally {
    server.close();
    if (!kept) rmSync(into, { recursive: true, force: true });
  }
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) await runBackupBench();
