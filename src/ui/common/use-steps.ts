import { useCallback, useEffect, useState } from 'react';
import { isTypingTarget } from '../shell/is-typing-target';

/** Where a step lands from `from` (-1: none yet) among `count` items: wraps round, and the first step back from none goes to the last. */
export function stepFrom(from: number, delta: number, count: number): number {
  if (count === 0) return -1;
  if (from < 0) return delta > 0 ? 0 : count - 1;
  return (from + delta + count) % count;
}

/**
 * A current position among `count` items (differences, changed rows), stepped by the returned
 * next/previous and by the keys n or j (next) and p or k (previous), outside text fields.
 */
export function useSteps(count: number): {
  readonly current: number;
  /** Steps taken so far, so a step that lands where it was (one item) still counts as one. */
  readonly taken: number;
  /** The last step came from a key, not a button: the person is reading, not pointing. */
  readonly byKey: boolean;
  readonly next: () => void;
  readonly previous: () => void;
} {
  // The position belongs to one count: hiding equivalents renumbers the differences, so a
  // position kept across that change would read "6 of 4".
  const [position, setPosition] = useState({ count, current: -1, taken: 0, byKey: false });
  const current = position.count === count ? position.current : -1;
  const step = useCallback(
    (delta: number, byKey = false) =>
      setPosition((now) => ({
        count,
        current: stepFrom(now.count === count ? now.current : -1, delta, count),
        taken: now.taken + 1,
        byKey,
      })),
    [count],
  );
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (event.key === 'n' || event.key === 'j') step(1, true);
      else if (event.key === 'p' || event.key === 'k') step(-1, true);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);
  return {
    current,
    taken: position.taken,
    byKey: position.byKey,
    next: () => step(1),
    previous: () => step(-1),
  };
}
