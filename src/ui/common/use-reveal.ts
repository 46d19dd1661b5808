import { useEffect, useState } from 'react';

/**
 * How many of `total` parts to show, growing by `perStep` per task after the browser has painted,
 * starting again from `first` whenever `key` changes (a new text). Long content shown this way
 * never holds the main thread in one long render and layout; the screen is usable at once.
 */
export function useReveal(key: unknown, total: number, first: number, perStep: number): number {
  const [state, setState] = useState({ key, shown: first });
  const shown = Math.min(total, state.key === key ? state.shown : first);
  useEffect(() => {
    if (shown >= total) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setState({ key, shown: shown + perStep }), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [key, shown, total, perStep]);
  return shown;
}
