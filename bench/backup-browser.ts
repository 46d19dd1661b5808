/** The backup bench's browser: launching a profile, its memory, the Archive dialog (see backup.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs } from '../scripts/chromium';
import { chromiumPath } from './browser/run-in-browser';
import { installTaskWatch } from './scale-probes';

const stamp = (): string => new Date().toISOString().slice(11, 19);
/** Prints a step of the bench for a size, with the time. */
export const say = (n: number, what: string): void =>
  console.log(`  [${stamp()}] ${n.toLocaleString('en')}: ${what}`);

/**
 * The largest renderer's and the browser process's resident memory (MB), of the browser using
 * `profile`, sampled every 250 ms until stopped: the peaks while a step ran.
 */
export function sampleMemory(profile: string): () => {
  rendererStartMB: number;
  rendererPeakMB: number;
  browserPeakMB: number;
} {
  let renderer = 0;
  let browser = 0;
  const sample = (): void => {
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        if (!args.includes(profile)) continue;
        const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
        if (args.includes('--type=renderer')) renderer = Math.max(renderer, kb / 1000);
        else if (!args.includes('--type=')) browser = Math.max(browser, kb / 1000);
      } catch {
        // A process that has gone has no memory to report.
      }
    }
  };
  sample();
  // Before the step: the tab with its archive open (the library page at 100,000 is most of it).
  const start = renderer;
  const timer = setInterval(sample, 250);
  return () => {
    clearInterval(timer);
    sample();
    return { rendererStartMB: start, rendererPeakMB: renderer, browserPeakMB: browser };
  };
}

/** A persistent Chromium context on `profile`, downloads allowed, long tasks watched. */
export async function launch(profile: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: [...chromiumArgs],
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
    acceptDownloads: true,
  });
  await installTaskWatch(context);
  return context;
}

/** Opens the Archive dialog and returns it. */
export async function openArchivePanel(page: Page) {
  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Archive' });
  await panel.waitFor();
  return panel;
}

/** A new tab on an empty archive with Archive › Restore open and Replace chosen. */
export async function openReplaceRestore(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('heading', { name: 'Your archive is empty' }).waitFor({ timeout: 60_000 });
  const panel = await openArchivePanel(page);
  await panel.getByRole('radio', { name: /^Replace/ }).check();
  await panel.getByRole('button', { name: 'Restore from backup…' }).click();
  return { page, panel };
}
