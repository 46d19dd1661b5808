import { useEffect, useState } from 'react';

const none: readonly never[] = [];

/**
 * What each of `shown` parts (the reader's chunks) renders with, when `value` (the highlights,
 * echoes, overlays) changes: the parts take the new value `perStep` at a time, one step per task
 * after the browser has painted, instead of all in one render. When a 5 MB article's echoes
 * arrived, re-rendering its ~170 chunks at once was one task of 0.7–2 s. Parts not shown before
 * take the newest value at once (they are new anyway); a new `owner` (another article) starts over.
 * `startAt` says which part is in view: parts change from there on, then those before it.
 * Parts `live` says are not drawn with the value (the reader's chunks far from the window) take
 * it at once, without using up a step.
 */
export function useStaggered<T>(
  owner: unknown,
  value: T,
  shown: number,
  perStep: number,
  startAt: () => number = () => 0,
  live: (part: number) => boolean = () => true,
): (part: number) => T {
  const [state, setState] = useState<{ owner: unknown; values: readonly T[] }>({
    owner,
    values: [],
  });
  const values = state.owner === owner ? state.values : none;
  useEffect(() => {
    const stale = values.findIndex((v) => v !== value);
    if (stale < 0 && values.length >= shown) return;
    // Record what new parts rendered with (the newest value) now; move stale ones later.
    const update = (): void =>
      setState((now) => {
        const next = now.owner === owner ? [...now.values] : [];
        // From the part in view onwards, then the ones above it: what is read changes first.
        const from = Math.min(Math.max(0, startAt()), Math.max(0, next.length - 1));
        for (let i = 0; i < next.length; i++) if (!live(i)) next[i] = value;
        let moved = 0;
        for (let k = 0; k < next.length && moved < perStep; k++) {
          const i = (from + k) % next.length;
          if (next[i] !== value) {
            next[i] = value;
            moved++;
          }
        }
        for (let i = next.length; i < shown; i++) next.push(value);
        return { owner, values: next };
      });
    if (stale < 0) {
      update();
      return;
    }
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(update, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [owner, value, values, shown, perStep, startAt, live]);
  return (part) => (part < values.length ? (values[part] as T) : value);
}
