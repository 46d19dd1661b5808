import { useCallback, useEffect, useRef, useState } from 'react';
import { summariesToFill, type SummaryFillProgress } from '../../db/summary-fill';
import { archive } from './archive';
import { afterFirstScreen } from './first-screen';
import { fillUrlKeysSoon } from './use-url-key-fill';

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
