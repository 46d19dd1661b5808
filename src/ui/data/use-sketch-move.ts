import { useCallback, useEffect, useRef, useState } from 'react';
import type { SketchMoveProgress } from '../../db/sketch-move';
import { sketchesToMove } from '../../db/sketch-move';
import { archive } from './archive';
import { afterFirstScreen } from './first-screen';

/** The move of older sketches as the app shows it: its progress while it runs, and its stop. */
export interface SketchMove {
  /** How far it has got while it runs; null when there is nothing to move (or it stopped). */
  readonly progress: SketchMoveProgress | null;
  /** Stops it for now: it goes on from where it was at the next start. */
  readonly stop: () => void;
}

/**
 * After an upgrade to schema v16, moves the older articles' near-copy sketches into their own
 * rows once the first screen has shown (see db/sketch-move.ts), in the derive worker, with its
 * progress for the page to say in words. A move that fails is tried again at the next start.
 */
export function useSketchMove(): SketchMove {
  const [progress, setProgress] = useState<SketchMoveProgress | null>(null);
  const stopper = useRef<AbortController | null>(null);
  useEffect(() => {
    const stop = new AbortController();
    stopper.current = stop;
    void afterFirstScreen()
      .then(async () => {
        if (stop.signal.aborted || !(await sketchesToMove(archive()))) return;
        setProgress({ done: 0, total: 0 });
        const { moveOlderSketchesOff } = await import('./derive-link');
        await moveOlderSketchesOff(
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
