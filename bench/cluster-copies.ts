/**
 * UI bench for a cluster past the copies a scan lists (issue: "every paper that ran it"): a wire
 * story of 5,000 copies in 3,000 synthetic articles of 40 sources (2,000 print it twice), put
 * imported through the file picker and scanned in Chromium. Figures: opening the cluster's
 * collation from the stored scan, the next page of copies, a source filter and a date filter,
 * each with the longest main-thread task; the page's JS heap after them.
 * Run: node --import tsx bench/cluster-copies.ts [renderer dir] (default out/renderer, built first);
 * CC_PROFILE=1 prints the first scan's and the opening's long tasks with their heaviest frames.
 */
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../scripts/chromium';
import { serveStatic } from '../scripts/static-server';
import { chromiumPath } from './browser/run-in-browser';
import { profileDuring } from './profile-probe';
import { installTaskWatch } from './scale-probes';
import { timed, watchedPage } from './ui-clusters';

/** CC_PROFILE=1 names the frames of the first scan's and the opening's long tasks (a CPU profile of the page). */
const profiled = process.env.CC_PROFILE === '1';

const wire =
  'The national weather service issued a severe storm warning on Thursday for the whole northern coast, telling residents to secure loose objects, avoid travel after dark and keep away from sea walls until the high tide has passed on Friday evening, while ferry operators cancelled every crossing planned for the next two days.';
const syllables = 'ka lo mi re tu sa ne vi po da fe gu hi jo ku la me no pi ru'.split(' ');
const word = (n: number): string =>
  [0, 1, 2, 3].map((k) => syllables[Math.floor(n / 20 ** k) % 20]).join('');
/** A sentence no other article shares (made-up words, a bijection of its number). */
const own = (n: number): string =>
  `${Array.from({ length: 14 }, (_, k) => word(((n * 14 + k) * 7919) % 160_000)).join(' ')}.`;

const ms = (n: number): string => `${Math.round(n).toLocaleString('en')} ms`;

/** Measures and prints the figures; `rendererDir` may be another build (a before/after pair). */
export async function runClusterCopiesBench(
  rendererDir = 'out/renderer',
  articles = 3_000,
  twice = 2_000,
): Promise<Record<string, number>> {
  if (rendererDir === 'out/renderer') execSync('npx electron-vite build', { stdio: 'ignore' });
  const texts = Array.from({ length: articles }, (_, i) =>
    [own(i), wire, own(i + articles), ...(i < twice ? [wire] : [])].join('\n\n'),
  );
  const renderer = await serveStatic(resolve(rendererDir));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  try {
    const page = await watchedPage(browser);
    if (profiled) await installTaskWatch(page.context());
    await page.goto(renderer.url);
    await page.getByText('Your archive is empty').waitFor();
    // Imported as a user does (picked files): the app writes its own summaries and counts.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import files…' }).first().click();
    await (
      await chooser
    ).setFiles(
      texts.map((text, i) => ({
        name: `wire-${i}.md`,
        mimeType: 'text/markdown',
        buffer: Buffer.from(
          `---\ntitle: Storm warning ${i}\nsource: Source ${i % 40}\ndate: ${new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString().slice(0, 10)}\n---\n\n${text}\n`,
        ),
      })),
    );
    await page
      .getByRole('status', { name: 'Import summary' })
      .filter({ hasText: `${articles} added` })
      .waitFor({ timeout: 300_000 });
    const clusters = page.getByRole('list', { name: 'Clusters' }).getByRole('listitem');
    const wireRow = clusters.filter({ hasText: 'national weather service' }).first();
    const scanning = (): ReturnType<typeof timed> =>
      timed(
        page,
        () => page.goto(`${renderer.url}#/echoes`),
        () =>
          wireRow.waitFor({ timeout: 240_000 }).catch(async (e: unknown) => {
            await page.screenshot({ path: 'test-results/bench-cluster-copies-fail.png' });
            throw e;
          }),
      );
    const scan = await (profiled ? profileDuring(page, 'cluster-scan', scanning) : scanning());
    // The collation opened from the stored scan, as a user comes back to it.
    await page.reload();
    await wireRow.waitFor({ timeout: 120_000 });
    const rows = page
      .getByRole('list', { name: 'Every copy, earliest first' })
      .getByRole('listitem');
    const opening = (): ReturnType<typeof timed> =>
      timed(
        page,
        () => wireRow.getByRole('button').first().click(),
        () => rows.first().waitFor(),
      );
    const open = await (profiled ? profileDuring(page, 'cluster-open', opening) : opening());
    // Rows are aligned a task apart after they show: let them settle before the next step.
    await page.waitForTimeout(3_000);
    const first = await rows.count();
    // Copies come a page at a time (Previous / Next): the next page's first row is copy 101.
    const more = page.getByRole('button', { name: /^Next \d+ copies/ });
    const before = await rows.count();
    const next = await timed(
      page,
      () => more.click(),
      () =>
        rows
          .first()
          .and(page.getByLabel(/^Copy 101:/))
          .waitFor(),
    );
    await page.waitForTimeout(3_000);
    const afterNext = await rows.count();
    const source = page.getByRole('combobox', { name: 'Copies printed by source' });
    const filters = (await source.count()) > 0;
    const bySource = filters
      ? await timed(
          page,
          () => source.selectOption('Source 7'),
          () => page.locator('.copy-count', { hasText: 'printed by Source 7' }).waitFor(),
        )
      : undefined;
    const byDate = filters
      ? await timed(
          page,
          () => page.getByLabel('Copies printed from').fill('2025-01-20'),
          () => page.locator('.copy-count', { hasText: 'from 2025-01-20' }).waitFor(),
        )
      : undefined;
    await page.waitForTimeout(2_000);
    const heap = await page.evaluate(
      () =>
        (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
          ?.usedJSHeapSize ?? 0,
    );
    const size =
      /^([\d,]+) copies/.exec((await page.locator('#cluster-title').innerText()).trim())?.[1] ??
      '?';
    console.log(
      `Cluster past the listed copies (Chromium, ${rendererDir}): wire story of ${size} copies in ${articles.toLocaleString('en')} articles`,
    );
    console.log(
      `  first scan to the list                ${ms(scan.ms)}  (longest task ${ms(scan.longest)})`,
    );
    console.log(
      `  open the collation (stored scan)      ${ms(open.ms)}  (${first} rows; longest task ${ms(open.longest)}, ${open.count} over 50 ms)`,
    );
    console.log(
      `  next page of copies                   ${ms(next.ms)}  (${afterNext} rows, the first page had ${before}; longest task ${ms(next.longest)}, ${next.count} over 50 ms)`,
    );
    if (bySource && byDate) {
      console.log(
        `  filter by source                      ${ms(bySource.ms)}  (longest task ${ms(bySource.longest)}, ${bySource.count} over 50 ms)`,
      );
      console.log(
        `  then by date                          ${ms(byDate.ms)}  (longest task ${ms(byDate.longest)}, ${byDate.count} over 50 ms)`,
      );
    } else console.log('  (no copy filters in this build)');
    console.log(`  page JS heap after                    ${(heap / 1e6).toFixed(1)} MB`);
    return {
      openMs: open.ms,
      openLongestTaskMs: open.longest,
      nextPageMs: next.ms,
      nextPageLongestTaskMs: next.longest,
      sourceFilterLongestTaskMs: bySource?.longest ?? 0,
      dateFilterLongestTaskMs: byDate?.longest ?? 0,
      heapBytes: heap,
    };
  } finally {
    await browser.close();
    renderer.server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  await runClusterCopiesBench(
    process.argv[2] ?? 'out/renderer',
    Number(process.env.BENCH_ARTICLES ?? 3_000),
    Number(process.env.BENCH_TWICE ?? 2_000),
  );
