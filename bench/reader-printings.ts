/**
 * Reader bench for a wire story printed a thousand times (h20d's hand-over): the open article's
 * echoes sidebar names every other printing (title, source, date). Figures, per build, taking
 * turns: the time from opening the article to the printings card ("Printed in 1,000 other
 * articles"), the first opening (echo scan in the worker) and a reopening (its echoes cached),
 * and the page's JS heap after a collection with the reader open.
 * Run: node --import tsx bench/reader-printings.ts [renderer dir...] (default out/renderer, built
 * first); RP_ROUNDS rounds each (default 3), RP_COPIES printings (default 1,000) of ~RP_SIZE characters (default 20,000), RP_PORT the
 * port (default 5361; the archive belongs to the origin, so it is seeded once per port and
 * profile, RP_PROFILE, default /tmp/reader-printings-profile).
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs } from '../scripts/chromium';
import { serveStatic } from '../scripts/static-server';
import { chromiumPath } from './browser/run-in-browser';

const wire =
  'The national weather service issued a severe storm warning on Thursday for the whole northern coast, telling residents to secure loose objects, avoid travel after dark and keep away from sea walls until the high tide has passed on Friday evening, while ferry operators cancelled every crossing planned for the next two days.';
const syllables = 'ka lo mi re tu sa ne vi po da fe gu hi jo ku la me no pi ru'.split(' ');
const word = (n: number): string =>
  [0, 1, 2, 3, 4].map((k) => syllables[Math.floor(n / 20 ** k) % 20]).join('');
/** A sentence no other article shares (made-up words, a bijection of its number). */
const own = (n: number): string =>
  `${Array.from({ length: 14 }, (_, k) => word(((n * 14 + k) * 7919) % 3_200_000)).join(' ')}.`;

/** Printing `i`: its own paragraphs around the wire story, ~`size` characters in all. */
function printing(i: number, size: number): string {
  const paragraphs: string[] = [];
  let length = 0;
  for (let p = 0; length < size; p++) {
    const sentences = Array.from({ length: 6 }, (_, s) => own(i * 400 + p * 6 + s)).join(' ');
    paragraphs.push(sentences);
    length += sentences.length + 2;
    if (p === 1) paragraphs.push(wire);
  }
  return paragraphs.join('\n\n');
}

const port = Number(process.env.RP_PORT ?? 5361);
const profile = process.env.RP_PROFILE ?? '/tmp/reader-printings-profile';
const copies = Number(process.env.RP_COPIES ?? 1_000);
const size = Number(process.env.RP_SIZE ?? 20_000);

async function launch(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: [...chromiumArgs],
    // Builds take turns on one origin: no service worker may serve one build's files to the other.
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 900 },
  });
}

/** Imports the printings through the file picker, as a user does, once per profile. */
async function seed(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/`);
  const empty = page.getByText('Your archive is empty');
  const library = page
    .getByRole('button', { name: new RegExp(`Storm warning ${copies}\\b`) })
    .first();
  await Promise.race([empty.waitFor({ timeout: 120_000 }), library.waitFor({ timeout: 120_000 })]);
  if (!(await empty.isVisible())) return;
  for (let from = 0; from <= copies; from += 250) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import files…' }).first().click();
    const files = Array.from({ length: Math.min(250, copies + 1 - from) }, (_, k) => {
      const i = from + k;
      const date = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString().slice(0, 10);
      return {
        name: `wire-${i}.md`,
        mimeType: 'text/markdown',
        buffer: Buffer.from(
          `---\ntitle: Storm warning ${i}\nsource: Source ${i % 40}\ndate: ${date}\n---\n\n${printing(i, size)}\n`,
        ),
      };
    });
    await (await chooser).setFiles(files);
    await page
      .getByRole('status', { name: 'Import summary' })
      .filter({ hasText: `${files.length} added` })
      .waitFor({ timeout: 600_000 });
  }
}

/**
 * Opens the last printing by its address and waits for its printings card to name the first
 * printer (which needs the other printings' dates and sources); returns ms and heap bytes.
 */
async function openReader(page: Page, url: string, id: string) {
  await page.goto(`${url}#/`);
  await page
    .getByRole('button', { name: new RegExp(`Storm warning ${copies}\\b`) })
    .first()
    .waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async (name: string): Promise<number> =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0;
  const taskBefore = await metric('TaskDuration');
  const start = Date.now();
  await page.goto(`${url}#/article/${encodeURIComponent(id)}`);
  await page
    .locator('.echo-printings', { hasText: `Printed in ${copies.toLocaleString('en')} other` })
    .filter({ hasText: 'first on 1 Jan 2025 by Source' })
    .waitFor({ timeout: 600_000 });
  const ms = Date.now() - start;
  // Titles land with the list of printings: let the sidebar settle, then weigh the main thread's
  // work since the click and the heap (at once, and after a collection).
  await page.waitForTimeout(2_000);
  const taskMs = ((await metric('TaskDuration')) - taskBefore) * 1000;
  const { usedSize: settled } = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize: heap } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { ms, taskMs, settled, heap };
}

const mb = (n: number): string => `${(n / 1e6).toFixed(1)} MB`;

/** Seeds once, then opens the reader under each build in turn; prints and returns the figures. */
export async function runReaderPrintingsBench(dirs: readonly string[]): Promise<void> {
  const rounds = Number(process.env.RP_ROUNDS ?? 3);
  const context = await launch();
  try {
    const first = await serveStatic(resolve(dirs[0] ?? 'out/renderer'), port);
    const page = context.pages()[0] ?? (await context.newPage());
    await seed(page, first.url);
    await page.goto(`${first.url}#/`);
    await page
      .getByRole('button', { name: new RegExp(`Storm warning ${copies}\\b`) })
      .first()
      .click();
    await page.waitForURL(/#\/article\//);
    const id = decodeURIComponent(/#\/article\/([^/]+)/.exec(page.url())?.[1] ?? '');
    first.server.close();
    console.log(
      `Reader of a wire story printed ${copies.toLocaleString('en')} times (~${(size / 1000).toFixed(0)} KB each; Chromium, load ${execSync('cat /proc/loadavg').toString().split(' ').slice(0, 3).join(' ')})`,
    );
    for (let round = 0; round < rounds; round++)
      for (const dir of dirs) {
        const served = await serveStatic(resolve(dir), port);
        try {
          const opened = await openReader(page, served.url, id);
          const again = await openReader(page, served.url, id);
          console.log(
            `  ${dir}: to the card ${opened.ms} ms (main thread ${opened.taskMs.toFixed(0)} ms, heap ${mb(opened.settled)}, ${mb(opened.heap)} collected), reopened ${again.ms} ms (main thread ${again.taskMs.toFixed(0)} ms, heap ${mb(again.settled)}, ${mb(again.heap)} collected), load ${execSync('cat /proc/loadavg').toString().split(' ')[0]}`,
          );
        } finally {
          served.server.close();
        }
      }
  } finally {
    await context.close().catch(() => undefined);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0 || !existsSync(dirs[0] ?? ''))
    execSync('npx electron-vite build', { stdio: 'ignore' });
  await runReaderPrintingsBench(dirs.length > 0 ? dirs : ['out/renderer']);
}
