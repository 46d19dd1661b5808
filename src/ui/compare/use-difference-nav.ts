import { useCallback, useEffect, useState, type RefObject } from 'react';
import { isTypingTarget } from '../shell/is-typing-target';

function centreOn(column: HTMLDivElement | null, index: number): void {
  const element = column?.querySelector<HTMLElement>(`[data-diff="${index}"]`);
  if (!column || !element) return;
  column.scrollTop = element.offsetTop - column.offsetTop - column.clientHeight / 3;
}

/**
 * Steps through the differences of both columns together: marks the current one and brings it
 * into view on each side. Keys: n or j for next, p or k for previous.
 */
export function useDifferenceNav(
  count: number,
  columns: readonly RefObject<HTMLDivElement | null>[],
  hold: () => void,
) {
  // The position belongs to one count: hiding equivalents renumbers the differences, so a
  // position kept across that change would read "6 of 4".
  const [position, setPosition] = useState({ count, current: -1 });
  const current = position.count === count ? position.current : -1;
  const step = useCallback(
    (delta: number) =>
      setPosition((now) => {
        const from = now.count === count ? now.current : -1;
        if (count === 0) return { count, current: -1 };
        if (from < 0) return { count, current: delta > 0 ? 0 : count - 1 };
        return { count, current: (from + delta + count) % count };
      }),
    [count],
  );
  useEffect(() => {
    if (current < 0) return;
    hold();
    for (const column of columns) {
      const root = column.current;
      root?.querySelectorAll('.seg-current').forEach((el) => el.classList.remove('seg-current'));
      root
        ?.querySelectorAll(`[data-diff="${current}"]`)
        .forEach((el) => el.classList.add('seg-current'));
      centreOn(root, current);
    }
  }, [current, columns, hold]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (event.key === 'n' || event.key === 'j') step(1);
      else if (event.key === 'p' || event.key === 'k') step(-1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);
  return { current, next: () => step(1), previous: () => step(-1) };
}
