/**
 * The steps the big-article bench times in the page: each with its time, its longest main-thread
 * task (counted until a few seconds after its visible end) and a time limit, so an adversarial
 * article that stalls a step is reported as such and the bench goes on.
 */
import type { Page } from 'playwright-core';
import { longestTaskBetween } from './scale-probes';

/** A step's figures; `ms` is NaN when it did not finish within its limit. */
export interface StepFigures {
  readonly ms: number;
  readonly longestTaskMs: number;
  readonly longTasks: number;
}

// After a step's visible end the page still works in the background (the reader puts the found
// echoes' highlights into its chunks a few per task; the compare columns keep growing): long tasks
// are looked for this long after it too.
const settleMs = 3_000;

/** How long a step may take before it is called stalled (BIG_STEP_LIMIT_S, default 240 s). */
export const stepLimitMs = Number(process.env.BIG_STEP_LIMIT_S ?? 240) * 1000;

const now = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/** Runs one step and returns its time and the longest main-thread task within it (and settling). */
export async function timedStep(page: Page, work: () => Promise<unknown>): Promise<StepFigures> {
  const started = await now(page);
  const finished = await work().then(
    () => true,
    (error: unknown) => {
      if (!(error instanceof Error) || error.name !== 'TimeoutError') throw error;
      return false;
    },
  );
  const ended = await now(page);
  await page.waitForTimeout(settleMs);
  const tasks = await longestTaskBetween(page, started, ended + settleMs);
  return {
    ms: finished ? ended - started : NaN,
    longestTaskMs: tasks.longestTaskMs,
    longTasks: tasks.longTasks,
  };
}

/** A step's figures in words. */
export function said(step: StepFigures): string {
  const time = Number.isNaN(step.ms)
    ? `did not finish in ${stepLimitMs / 1000} s`
    : `${step.ms.toFixed(0)} ms`;
  return `${time} (longest task ${step.longestTaskMs.toFixed(0)} ms, ${step.longTasks} over 50 ms)`;
}

/**
 * The archive-wide scan (Strongest echoes) with the big article and its copy inside, until the
 * cluster count is shown or the scan says it failed.
 */
export async function archiveScan(
  page: Page,
  timed: (work: () => Promise<unknown>) => Promise<StepFigures> = (work) => timedStep(page, work),
): Promise<{ step: StepFigures; count: string }> {
  const step = await timed(async () => {
    await page.getByRole('button', { name: 'Strongest echoes', exact: true }).click();
    await page
      .locator('.cluster-count, .clusters .scan-progress:has(button:text("Scan again"))')
      .first()
      .waitFor({ timeout: stepLimitMs });
  });
  const count = await page
    .locator('.cluster-count, .clusters .scan-progress')
    .first()
    .innerText()
    .catch(() => '(none)');
  return { step, count };
}

/** Records the percentages the compare screen shows while its worker aligns (read, not timed). */
export async function watchAlignPercents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { __alignPercents: number[] }).__alignPercents = seen;
    new MutationObserver(() => {
      const text = document.querySelector('.aligning-notice')?.textContent ?? '';
      const percent = /(\d+)% done/.exec(text)?.[1];
      if (percent !== undefined && seen.at(-1) !== Number(percent)) seen.push(Number(percent));
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/**
 * After a compare: the progress it showed, what it marked changed (clipped: a text with no space
 * is one changed word of megabytes), and whether Next difference marks the change on both sides.
 * Checks, not timings; in words.
 */
export async function compareChecks(page: Page, expected: string): Promise<string> {
  const clipped = (text: string): string => (text.length > 60 ? `${text.slice(0, 60)}…` : text);
  // At most four pieces of a list, and how many more: a changed word of megabytes is many pieces.
  const few = (list: readonly string[]): string =>
    `${JSON.stringify(list.slice(0, 4).map(clipped))}${list.length > 4 ? ` and ${list.length - 4} more pieces` : ''}`;
  // The column grows chunk by chunk; it is all there once its status line has gone.
  await page.locator('.compare-column [role="status"]').first().waitFor({ state: 'detached' });
  const changed = await page
    .locator('.compare-column')
    .first()
    .locator('[data-kind="changed"]')
    .evaluateAll((nodes) => nodes.map((n) => n.textContent.slice(0, 61)));
  const percents = await page.evaluate(
    () => (window as unknown as { __alignPercents: number[] }).__alignPercents,
  );
  await page.getByRole('button', { name: '↓ Next difference' }).click();
  await page.locator('.compare-position', { hasText: /^1 of \d+$/ }).waitFor();
  const position = await page.locator('.compare-position').innerText();
  const current = await page
    .locator('.seg-current')
    .evaluateAll((nodes) => nodes.map((n) => n.textContent.slice(0, 61)));
  return `progress shown while aligning: ${percents.length ? `${percents.length} values, ${percents.join(', ')}%` : 'none'}; changed: ${few(changed)}, expected "${clipped(expected)}"; Next difference: "${position}", marked ${few(current)}`;
}
