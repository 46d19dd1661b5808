import { useEffect, type RefObject } from 'react';
import { useSteps } from '../common/use-steps';

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
  const steps = useSteps(count);
  const { current } = steps;
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
  return steps;
}
