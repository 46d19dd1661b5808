import { useEffect, useRef, type RefObject } from 'react';
import { useSteps } from '../common/use-steps';

/** Scrolls the column to the difference; false when it is not in the page yet. */
function centreOn(column: HTMLDivElement | null, index: number): boolean {
  const element = column?.querySelector<HTMLElement>(`[data-diff="${index}"]`);
  if (!column || !element) return false;
  const top = element.getBoundingClientRect().top - column.getBoundingClientRect().top;
  column.scrollTop += top - column.clientHeight / 3;
  return true;
}

/**
 * Steps through the differences of both columns together: marks the current one and brings it
 * into view on each side. Keys: n or j for next, p or k for previous. `shown` is how much of the
 * columns is in the page (they grow chunk by chunk): a difference not there yet is marked and
 * brought into view once it arrives.
 */
export function useDifferenceNav(
  count: number,
  columns: readonly RefObject<HTMLDivElement | null>[],
  hold: () => void,
  shown = 0,
) {
  const steps = useSteps(count);
  const { current } = steps;
  // The difference still to bring into view on each side (columns grow after a step).
  const pending = useRef<{ index: number; columns: Set<number> } | null>(null);
  useEffect(() => {
    if (current < 0) return;
    pending.current = { index: current, columns: new Set(columns.keys()) };
  }, [current, columns]);
  useEffect(() => {
    const wanted = pending.current;
    if (!wanted || wanted.index !== current || wanted.columns.size === 0) return;
    hold();
    columns.forEach((column, side) => {
      if (!wanted.columns.has(side)) return;
      const root = column.current;
      root?.querySelectorAll('.seg-current').forEach((el) => el.classList.remove('seg-current'));
      root
        ?.querySelectorAll(`[data-diff="${current}"]`)
        .forEach((el) => el.classList.add('seg-current'));
      if (centreOn(root, current)) wanted.columns.delete(side);
    });
  }, [current, columns, hold, shown]);
  return steps;
}
