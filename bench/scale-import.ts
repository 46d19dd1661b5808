/**
 * The scale bench's imports through the UI (Import folder…, Import files…, a drop): the files
 * each size imports, and one import's rate, phases and longest main-thread tasks.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { syntheticArticle } from './archive-synthetic';
import { longestTaskBetween } from './scale-probes';

/** The files every size imports: articles numbered past any seeded one, so all are new. */
export function writeImportFolder(name: string, count: number, first: number): string {
  const dir = join(tmpdir(), `verso-scale-${process.pid}`, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const a = syntheticArticle(first + i);
    writeFileSync(join(dir, `${i}.txt`), `date ${a.publishedAt}\n${a.title}\n\n${a.text}`);
  }
  return dir;
}

/**
 * The UI's ways in: Import folder… (through the file input, or `access`: through the File System
 * Access picker), Import files… (the same files picked), or a drop of them.
 */
export type ImportWay = 'folder' | 'access' | 'files' | 'drop';

/**
 * Writes the folder's files into the page's origin-private file system (not timed) and gives the
 * page a folder picker handing over that folder's real handle: the test browser has the File
 * System Access pickers switched off, since Playwright cannot answer them (scripts/chromium.ts).
 */
async function giveFolderPicker(page: Page, dir: string): Promise<void> {
  const names = readdirSync(dir);
  const texts = names.map((name) => readFileSync(join(dir, name), 'utf8'));
  await page.evaluate(
    async ([n, t]) => {
      const root = await navigator.storage.getDirectory();
      const folder = await root.getDirectoryHandle(`picked-${Date.now()}`, { create: true });
      for (const [i, name] of n.entries()) {
        const out = await (await folder.getFileHandle(name, { create: true })).createWritable();
        await out.write(t[i] ?? '');
        await out.close();
      }
      Object.assign(window, { __pickedFolder: folder });
    },
    [names, texts] as const,
  );
  // As a string: tsx would name a function written here with a helper the page does not have.
  // Once only: the next import goes through the file input again.
  await page.evaluate(
    'window.showDirectoryPicker = async () => { delete window.showDirectoryPicker; return window.__pickedFolder; }',
  );
}

/**
 * Starts importing the folder's files the given way; returns when it began (page clock): the
 * click or the drop, or with `chooseMs` the hand-over that long after the picker opened, or the
 * drop that long after the files were first dragged over the window. A drop cannot come from
 * the OS here: its files are handed to the page first (not timed), then dropped.
 */
async function startImport(
  page: Page,
  dir: string,
  way: ImportWay,
  chooseMs: number,
): Promise<number> {
  if (way === 'drop') {
    // Files a person drags in from a file manager are read from disk when the import asks, as a
    // picker's are: the page is handed them through a file input of its own (not timed).
    const input = await page.evaluateHandle(() => {
      const element = document.createElement('input');
      element.type = 'file';
      element.multiple = true;
      return element;
    });
    await input.setInputFiles(readdirSync(dir).map((name) => join(dir, name)));
    const data = await input.evaluateHandle((element) => {
      const transfer = new DataTransfer();
      for (const file of element.files ?? []) transfer.items.add(file);
      return transfer;
    });
    if (chooseMs > 0) {
      // The person's drag comes over the window, and drops the files once at their place.
      await page.dispatchEvent('body', 'dragover', { dataTransfer: data });
      await page.waitForTimeout(chooseMs);
    }
    const started = await page.evaluate(() => performance.now());
    await page.dispatchEvent('body', 'dragover', { dataTransfer: data });
    await page.dispatchEvent('body', 'drop', { dataTransfer: data });
    return started;
  }
  // The clock starts once the button is there: at 100,000 the library's first rows and its heading
  // are drawn before the app (and its toolbar) has loaded, and a click asked for then waited for
  // the app, which the empty archive's heading (drawn by the app) never counted (session 33).
  const button = page
    .getByRole('button', { name: way === 'files' ? 'Import files…' : 'Import folder…' })
    .first();
  await button.waitFor();
  if (way === 'access') {
    await giveFolderPicker(page, dir);
    const started = await page.evaluate(() => performance.now());
    await button.click();
    return started;
  }
  const chooser = page.waitForEvent('filechooser');
  const clicked = await page.evaluate(() => performance.now());
  await button.click();
  const paths = way === 'folder' ? dir : readdirSync(dir).map((name) => join(dir, name));
  const picker = await chooser;
  if (chooseMs <= 0) {
    await picker.setFiles(paths);
    return clicked;
  }
  // A person choosing the folder: the picker stays open, and their import starts at the choice.
  await page.waitForTimeout(chooseMs);
  const chosen = await page.evaluate(() => performance.now());
  await picker.setFiles(paths);
  return chosen;
}

/**
 * Imports the folder through the library's Import folder… button, or another `way` (`chooseMs`:
 * see startImport); the rate and longest task.
 */
export async function importThroughUi(
  page: Page,
  dir: string,
  count: number,
  way: ImportWay = 'folder',
  chooseMs = 0,
): Promise<Record<string, number>> {
  // The page notes when the summary appears: the once-a-second poll below would round the end up
  // by as much as a second (half the time of a 100-file import). And when the near-copy checks'
  // answer is shown (since session 27 the summary comes first, saying "Checking for near
  // copies…"; before, the summary waited for the answer, so the two times are one).
  const writtenBefore = await page.evaluate(
    () => performance.getEntriesByName('verso:import-written').length,
  );
  await page.evaluate(() => {
    const w = window as unknown as {
      __summaryAt?: number;
      __checkedAt?: number;
      __pressedAt?: number;
    };
    delete w.__summaryAt;
    delete w.__checkedAt;
    delete w.__pressedAt;
    // When the click reached the page (Playwright's click first waits for the button to hold
    // still, frame after frame, which a page still starting up makes longer).
    document.addEventListener('pointerdown', () => void (w.__pressedAt ??= performance.now()), {
      capture: true,
      once: true,
    });
    const seen = new MutationObserver(() => {
      const summary = document.querySelector('[role="status"][aria-label="Import summary"]');
      if (!summary) return;
      w.__summaryAt ??= performance.now();
      const line = summary.querySelector('.near-copy-check');
      if (line?.textContent === 'Checking for near copies…') return;
      w.__checkedAt = performance.now();
      seen.disconnect();
    });
    seen.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  const started = await startImport(page, dir, way, chooseMs);
  // A plain selector polled once a second: Playwright's role queries run on the page's main
  // thread and, polled continuously over a large page, showed up among its long tasks.
  await page.waitForFunction(
    () => document.querySelector('[role="status"][aria-label="Import summary"]') !== null,
    null,
    { polling: 1000, timeout: 3_600_000 },
  );
  const ended = await page.evaluate(
    () => (window as unknown as { __summaryAt?: number }).__summaryAt ?? performance.now(),
  );
  // What follows the summary, not hidden by it: the near copies shown, the index caught up (its
  // mark left once the search index has applied the batch).
  await page.waitForFunction(
    (before) =>
      (window as unknown as { __checkedAt?: number }).__checkedAt !== undefined &&
      performance.getEntriesByName('verso:import-written').length > before,
    writtenBefore,
    { polling: 500, timeout: 3_600_000 },
  );
  const checkedAt = await page.evaluate(
    () => (window as unknown as { __checkedAt?: number }).__checkedAt ?? NaN,
  );
  const summary = page.getByRole('status', { name: 'Import summary' });
  const added = Number(await summary.locator('strong').first().innerText());
  const longest = await longestTaskBetween(page, started, ended);
  await summary.getByRole('button', { name: 'Dismiss' }).click();
  // Where the batch's time went, from the marks importItems leaves (page clock).
  // (No function declared inside: tsx would wrap it in a helper the page does not have.)
  const [asked, called, ready, stored, checked, written, warm] = await page.evaluate(() =>
    [
      'verso:import-asked',
      'verso:import-called',
      'verso:import-index-ready',
      'verso:import-stored',
      'verso:import-checked',
      'verso:import-written',
      'verso:sketches-warm',
    ].map((name) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN),
  );
  const pressedAt = await page.evaluate(
    () => (window as unknown as { __pressedAt?: number }).__pressedAt ?? NaN,
  );
  // Before session 27 `stored` came after the near-copy checks; since, `checked` does.
  const afterChecks = Number.isNaN(checked ?? NaN) ? stored : checked;
  const phases = { ready: ready ?? NaN, stored: afterChecks ?? NaN, written: written ?? NaN };
  // The articles' reading and writing alone, without the file picker's intake before it.
  const writing = await longestTaskBetween(page, phases.ready, phases.written);
  return {
    added,
    importMs: ended - started,
    filesPerSecond: (count * 1000) / (ended - started),
    indexLoadMs: phases.ready - started,
    // Of which: the click and the browser handing over the picked files (its one long task).
    intakeMs: (asked ?? NaN) - started,
    // Of which: until the click reached the page.
    pressMs: pressedAt - started,
    // Of which: the import pipeline's modules, fetched and evaluated unless loaded before.
    pipelineWaitMs: (called ?? NaN) - (asked ?? NaN),
    // Of which: the write session's start (the write lock, the search index catching up).
    sessionStartMs: phases.ready - (called ?? NaN),
    writingMs: phases.written - phases.ready,
    // Of which: the search index catching up after the last near-copy check answered.
    indexCatchUpMs: phases.written - phases.stored,
    // Once the summary was shown (since session 27 it may come before: then 0).
    indexSaveMs: Math.max(0, ended - phases.written),
    // Click → the near-copy checks' answer shown in the summary (the summary itself: importMs).
    nearCopiesShownMs: checkedAt - started,
    // Click → the search index has applied the batch (the batch then ends: saved, session closed).
    indexCaughtUpMs: phases.written - started,
    // When the derive worker had the archive's sketches in memory, from the click (negative:
    // before it; NaN: not yet by the end, or never asked).
    sketchesWarmMs: (warm ?? NaN) - started,
    ...longest,
    writingLongestTaskMs: writing.longestTaskMs,
    writingLongTasks: writing.longTasks,
  };
}
