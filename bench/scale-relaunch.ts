/**
 * The scale bench's relaunch (SCALE_RELAUNCH=1): the browser closed and started again on the same
 * profile, the app opened and its start-up done, then left until LevelDB's log is quiet, so the
 * next import meets a settled archive (see scale-options.ts).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { cpuBetween, cpuOf, describeCpu, levelDbLogMark, levelDbWorkSince } from './scale-cpu';
import { startUpDone } from './scale-probes';

/** How long LevelDB's log must stay unchanged to count as quiet, and the longest wait. */
const quietMs = 5_000;
const longestWaitMs = 120_000;

/** Closes `context`, launches it again and opens the app until LevelDB is quiet; says what it did. */
export async function relaunchUntilQuiet(
  context: BrowserContext,
  launch: () => Promise<BrowserContext>,
  profile: string,
  url: string,
  say: (what: string) => void,
): Promise<{ context: BrowserContext; page: Page }> {
  await context.close();
  const started = Date.now();
  const again = await launch();
  // LevelDB starts a new log at each open: marks are taken after the launch.
  const [cpu, mark] = [cpuOf(profile), levelDbLogMark(profile)];
  const page = await again.newPage();
  page.on('pageerror', (e) => console.error(`[app relaunched] ${e.message}`));
  await page.goto(url);
  await startUpDone(page);
  let last = levelDbLogMark(profile);
  let quietSince = Date.now();
  while (Date.now() - quietSince < quietMs && Date.now() - started < longestWaitMs) {
    await page.waitForTimeout(500);
    const now = levelDbLogMark(profile);
    if (now !== last) [last, quietSince] = [now, Date.now()];
  }
  const spent = describeCpu(cpuBetween(cpu, cpuOf(profile)));
  say(
    `relaunched, opened and quiet after ${((Date.now() - started) / 1000).toFixed(1)} s: ${spent}; ${levelDbWorkSince(profile, mark)}`,
  );
  return { context: again, page };
}
