import { useCallback, useEffect, useRef, useState } from 'react';
import { summariesToFill, type SummaryFillProgress } from '../../db/summary-fill';
import { urlKeysToFill } from '../../db/url-key-fill';
import { archive } from './archive';
import { afterFirstScreen } from './first-screen';

/** The fill of older summaries as the app shows it: its progress while it runs, and its stop. */
export interface SummaryFill {
  /** How far it has got while it runs; null when there is nothing to fill (or it stopped). */
  readonly progress: SummaryFillProgress | null;
  /** Stops it for now: it goes on from where it was at the next start. */
  readonly stop: () => void;
}

const starters = new Set<() => void>();

/** For the scale bench: when the library reads summaries (page clock). */
function ready(): void {
  performance.mark('verso:summaries-ready');
}

/** For the scale bench: when the addresses of older articles were filled (page clock). */
function urlKeysReady(): void {
  performance.mark('verso:url-keys-filled');
}

/**
 * After the summaries (the fill reads them): the addresses older articles were fetched by (schema
 * v20, db/url-key-fill.ts), in the same worker, without a progress line: lookups are right
 * meanwhile, only slower.
 */
async function fillUrlKeys(): Promise<void> {
  // Summaries being filled: their fill's end starts this one (it reads them).
  if (await summariesToFill(archive())) return;
  if (!(await urlKeysToFill(archive()))) return urlKeysReady();
  const { fillOlderSummariesOff } = await import('./summary-fill-link');
  const quiet = (): void => undefined;
  const always = new AbortController().signal;
  if (await fillOlderSummariesOff(archive(), quiet, always, 'fill-url-keys')) urlKeysReady();
}

let urlKeysRunning = false;

/**
 * Starts the addresses' fill unless it runs already: called once the start-up checks are done
 * (useStartupChecks) or the summaries filled, so its steps (each holds the summaries a moment)
 * never wait on the start-up's own reads or make them wait. It stops with the page and goes on
 * from its mark at the next start.
 */
export function fillUrlKeysSoon(): void {
  if (urlKeysRunning) return;
  urlKeysRunning = true;
  void fillUrlKeys()
    .catch(() => undefined)
    .finally(() => (urlKeysRunning = false));
}

/** Starts the fill now: the start's check found the summaries out of step and marked them. */
export function fillSummariesNow(): void {
  for (const start of starters) start();
}

/**
 * After an upgrade to schema v18 (or when the start's check marks them again), fills the older
 * articles' summaries once the first screen has shown (see db/summary-fill.ts), in a worker,
 * with its progress for the page to say in words. A fill that fails is tried again at the next
 * start; until it ends the library reads articles. Then the addresses of older articles.
 */
export function useSummaryFill(): SummaryFill {
  const [progress, setProgress] = useState<SummaryFillProgress | null>(null);
  const stopper = useRef<AbortController | null>(null);
  useEffect(() => {
    const stop = new AbortController();
    stopper.current = stop;
    let running = false;
    const fill = async (): Promise<void> => {
      if (running || stop.signal.aborted) return;
      if (!(await summariesToFill(archive()))) return ready();
      running = true;
      setProgress({ done: 0, total: 0 });
      try {
        const { fillOlderSummariesOff } = await import('./summary-fill-link');
        const finished = await fillOlderSummariesOff(
          archive(),
          (p) => !stop.signal.aborted && setProgress(p),
          stop.signal,
        );
        if (!finished) return;
        ready();
      } finally {
        running = false;
        setProgress(null);
      }
      fillUrlKeysSoon();
    };
    const start = (): void => void fill().catch(() => undefined);
    starters.add(start);
    void afterFirstScreen().then(start);
    return () => {
      starters.delete(start);
      stop.abort();
    };
  }, []);
  const stop = useCallback(() => stopper.current?.abort(), []);
  return { progress, stop };
}
