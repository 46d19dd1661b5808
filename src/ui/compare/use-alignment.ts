import { useEffect, useMemo, useState } from 'react';
import { alignWithMoves } from '../../core/diff/align-moves';
import type { Move } from '../../core/diff/find-moves';
import type { Alignment, Passage } from '../../core/model';
import { alignInWorker } from './align-client';

// Passages up to this many characters together are aligned at once (milliseconds); longer ones
// in a worker, since two 5 MB versions took 8 s of CPU and froze the page.
const alignedInPlace = 400_000;

/** Where aligning two passages stands: done, still working (in the worker), or failed. */
export type AlignmentState =
  | { readonly kind: 'aligned'; readonly alignment: Alignment; readonly moves: readonly Move[] }
  /** `percent` (0–100) once the worker has said how far it has got. */
  | { readonly kind: 'aligning'; readonly words: number; readonly percent?: number }
  | { readonly kind: 'failed' };

/**
 * The word alignment of two passages; long ones are aligned off the UI thread. Keyed by the
 * passages' values, not their objects, so a live query handing back the same articles again
 * does not start the work over.
 */
export function useAlignment(a: Passage, textA: string, b: Passage, textB: string): AlignmentState {
  const [docA, startA, endA] = [a.doc, a.start, a.end];
  const [docB, startB, endB] = [b.doc, b.start, b.end];
  const inPlace = endA - startA + (endB - startB) <= alignedInPlace;
  const key = `${docA}:${startA}:${endA}|${docB}:${startB}:${endB}`;
  const immediate = useMemo(() => {
    if (!inPlace) return null;
    return alignWithMoves(
      { doc: docA, start: startA, end: endA },
      textA,
      { doc: docB, start: startB, end: endB },
      textB,
    );
  }, [inPlace, docA, startA, endA, textA, docB, startB, endB, textB]);
  const [away, setAway] = useState<{ key: string; state: AlignmentState } | null>(null);
  const [percent, setPercent] = useState<{ key: string; percent: number } | null>(null);
  useEffect(() => {
    if (inPlace) return;
    const controller = new AbortController();
    const request = {
      a: { doc: docA, start: startA, end: endA },
      textA,
      b: { doc: docB, start: startB, end: endB },
      textB,
    };
    alignInWorker(request, controller.signal, (p) => setPercent({ key, percent: p })).then(
      (done) => setAway({ key, state: { kind: 'aligned', ...done } }),
      () => setAway({ key, state: { kind: 'failed' } }),
    );
    // Leaving the screen (or another pair) stops the worker.
    return () => controller.abort();
  }, [inPlace, key, docA, startA, endA, textA, docB, startB, endB, textB]);
  if (immediate) return { kind: 'aligned', ...immediate };
  if (away?.key === key) return away.state;
  const words = Math.round((endA - startA + endB - startB) / 6);
  return percent?.key === key
    ? { kind: 'aligning', words, percent: percent.percent }
    : { kind: 'aligning', words };
}
