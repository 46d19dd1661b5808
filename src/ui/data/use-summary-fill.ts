import { useCallback, useEffect, useRef, useState } from 'react';
import { summariesToFill, type SummaryFillProgress } from '../../db/summary-fill';
import { archive } from './archive';
import { afterFirstScreen } from './first-screen';

/** The fill of older summaries as the app shows it: its progress while it runs, and its stop. */
export interface SummaryFill {
  /** How far it has got while it runs; null when there is nothing to fill (or it stopped). */
  readonly progress: SummaryFillProgress | null;
  /** Stops it for now: it goes on from where it was at the next start. */
  readonly stop: () => void;
}

/**
 * After an upgrade to schema v18, fills the older articles' summaries once the first screen has
 * shown (see db/summary-fill.ts), in a worker, with its progress for the page to say in words.
 * A fill that fails is tried again at the next start; until it ends the library reads articles.
 */
export function useSummaryFill(): SummaryFill {
  const [progress, setProgress] = useState<SummaryFillProgress | null>(null);
  const stopper = useRef<AbortController | null>(null);
  useEffect(() => {
    const stop = new AbortController();
    stopper.current = stop;
    void afterFirstScreen()
      .then(async () => {
        if (stop.signal.aborted || !(await summariesToFill(archive()))) return;
        setProgress({ done: 0, total: 0 });
        const { fillOlderSummariesOff } = await import('./summary-fill-link');
        await fillOlderSummariesOff(
          archive(),
          (p) => !stop.signal.aborted && setProgress(p),
          stop.signal,
        );
      })
      .catch(() => undefined)
      .finally(() => setProgress(null));
    return () => stop.abort();
  }, []);
  const stop = useCallback(() => stopper.current?.abort(), []);
  return { progress, stop };
}
