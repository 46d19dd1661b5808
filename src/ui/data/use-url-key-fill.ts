import { useSyncExternalStore } from 'react';
import { summariesToFill, type SummaryFillProgress } from '../../db/summary-fill';
import { urlKeysToFill } from '../../db/url-key-fill';
import { archive } from './archive';
import type { SummaryFill } from './use-summary-fill';

/**
 * The fill of older articles' addresses (schema v20, db/url-key-fill.ts) as the app shows it. It
 * starts outside React (after the start-up checks or the summaries' fill), so its progress is
 * kept here for the status line to read. At 100,000 it runs ~18 s; until it ends an import of a
 * web address still finds versions archived by their old addresses (the lookup reads the rows not
 * passed yet), only more slowly, and the line says so rather than leaving the wait unexplained.
 */

let progress: SummaryFillProgress | null = null;
let stopper: AbortController | null = null;
const listeners = new Set<() => void>();

function show(next: SummaryFillProgress | null): void {
  progress = next;
  for (const listener of listeners) listener();
}

/** For the scale bench: when the addresses of older articles were filled (page clock). */
function urlKeysReady(): void {
  performance.mark('verso:url-keys-filled');
}

async function fillUrlKeys(stop: AbortController): Promise<void> {
  // Summaries being filled: their fill's end starts this one (it reads them).
  if (await summariesToFill(archive())) return;
  if (!(await urlKeysToFill(archive()))) return urlKeysReady();
  show({ done: 0, total: 0 });
  const { fillOlderSummariesOff } = await import('./summary-fill-link');
  const told = (p: SummaryFillProgress): void => void (!stop.signal.aborted && show(p));
  if (await fillOlderSummariesOff(archive(), told, stop.signal, 'fill-url-keys')) urlKeysReady();
}

/**
 * Starts the addresses' fill unless it runs already: called once the start-up checks are done
 * (useStartupChecks) or the summaries filled, so its steps (each holds the summaries a moment)
 * never wait on the start-up's own reads or make them wait. It stops with the page, or at "Not
 * now", and goes on from its mark at the next start.
 */
export function fillUrlKeysSoon(): void {
  if (stopper) return;
  const stop = new AbortController();
  stopper = stop;
  void fillUrlKeys(stop)
    .catch(() => undefined)
    .finally(() => {
      stopper = null;
      show(null);
    });
}

/** Calls `listener` at each change of the fill's progress (read it with `urlKeyFillProgress`). */
export function watchUrlKeyFill(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How far the fill has got while it runs; null when idle. */
export const urlKeyFillProgress = (): SummaryFillProgress | null => progress;

/** Stops the fill for now ("Not now"): it goes on from its mark at the next start. */
export const stopUrlKeyFill = (): void => stopper?.abort();

/** The addresses' fill for a status line: its progress while it runs, and its stop. */
export function useUrlKeyFill(): SummaryFill {
  const now = useSyncExternalStore(watchUrlKeyFill, urlKeyFillProgress);
  return { progress: now, stop: stopUrlKeyFill };
}
