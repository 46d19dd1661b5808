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
 * Where focus goes for a difference reached by key: its first mark with words, else its first
 * mark (a gap where the other side has words), in the left column before the right.
 */
function focusDifference(columns: readonly (HTMLDivElement | null)[], index: number): boolean {
  const marks = columns.flatMap((column) => [
    ...(column?.querySelectorAll<HTMLElement>(`[data-diff="${index}"]`) ?? []),
  ]);
  const mark = marks.find((element) => !element.classList.contains('seg-gap')) ?? marks[0];
  if (!mark) return false;
  // Focusable by script only: never a Tab stop of its own.
  if (!mark.hasAttribute('tabindex') && mark.tagName !== 'BUTTON') mark.tabIndex = -1;
  mark.focus({ preventScroll: true });
  return true;
}

/**
 * Steps through the differences of both columns together: marks the current one and brings it
 * into view on each side. Keys: n or j for next, p or k for previous; a step by key also moves
 * focus to the difference (q22: focus was left on the page itself, so Tab started again at the
 * top bar and a screen reader said nothing of where n had gone), a step by button leaves it on
 * the button. `shown` is how much of the columns is in the page (they grow chunk by chunk): a
 * difference not there yet is marked and brought into view once it arrives.
 */
export function useDifferenceNav(
  count: number,
  columns: readonly RefObject<HTMLDivElement | null>[],
  hold: () => void,
  shown = 0,
) {
  const steps = useSteps(count);
  const { current, taken, byKey } = steps;
  // The difference still to bring into view on each side (columns grow after a step), and
  // whether focus is still to go to it.
  const pending = useRef<{ index: number; columns: Set<number>; focus: boolean } | null>(null);
  useEffect(() => {
    if (current < 0) return;
    pending.current = { index: current, columns: new Set(columns.keys()), focus: byKey };
  }, [current, taken, byKey, columns]);
  useEffect(() => {
    const wanted = pending.current;
    if (!wanted || wanted.index !== current) return;
    if (wanted.columns.size > 0) {
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
    }
    if (
      wanted.focus &&
      focusDifference(
        columns.map((column) => column.current),
        current,
      )
    )
      wanted.focus = false;
  }, [current, taken, columns, hold, shown]);
  return steps;
}
