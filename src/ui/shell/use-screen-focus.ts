import { useEffect, useRef } from 'react';

/** What identifies a focused control well enough to find it again after its screen re-renders. */
interface FocusMark {
  readonly tag: string;
  readonly name: string;
}

const focusable = 'button, a[href], input, select, textarea, [tabindex]';

const nameOf = (element: Element): string =>
  (element.getAttribute('aria-label') ?? element.textContent).trim().slice(0, 200);

const markOf = (element: Element): FocusMark => ({ tag: element.tagName, name: nameOf(element) });

/** Focus is nowhere a person put it: on the page itself, or on a control its screen removed. */
const focusLost = (): boolean => {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
};

/** The control that matches `mark` on the page now, if the screen shows it yet. */
function findMark(mark: FocusMark): HTMLElement | undefined {
  for (const element of document.querySelectorAll<HTMLElement>(`.app-main :is(${focusable})`))
    if (element.tagName === mark.tag && nameOf(element) === mark.name) return element;
  return undefined;
}

/**
 * The new screen's heading, made focusable by script only (tabIndex -1: never a Tab stop), so
 * focus can land on it and a screen reader reads it out.
 */
function screenHeading(): HTMLElement | undefined {
  const heading = document.querySelector<HTMLElement>('.app-main h2');
  if (!heading) return undefined;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  return heading;
}

/**
 * Keeps keyboard focus on the screen when the route changes. Opening an article, a cluster or a
 * comparison removes the control that was clicked, which leaves focus on the page itself: the next
 * Tab starts again at the top bar and a screen reader says nothing. So after a change that lost
 * focus, it goes back to the control last focused on that screen when the person returns to it
 * (the library row they opened), else to the new screen's heading. Screens load their data after
 * they appear, so this is tried each frame for a few seconds, and stops as soon as focus is
 * somewhere again or the person presses a key or the pointer.
 */
export function useScreenFocus(routeKey: string): void {
  const remembered = useRef(new Map<string, FocusMark>());
  const current = useRef(routeKey);
  useEffect(() => {
    const onFocus = (event: FocusEvent): void => {
      // Only the screen's own controls: the top bar's stay on the page and keep their focus.
      if (event.target instanceof Element && event.target.closest('.app-main'))
        remembered.current.set(current.current, markOf(event.target));
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);
  useEffect(() => {
    if (current.current === routeKey) return;
    current.current = routeKey;
    const mark = remembered.current.get(routeKey);
    const start = performance.now();
    const until = start + 3000;
    let frame = 0;
    let stopped = false;
    const stop = (): void => {
      stopped = true;
    };
    const signs = ['keydown', 'pointerdown'] as const;
    for (const sign of signs) window.addEventListener(sign, stop, { once: true, capture: true });
    const attempt = (now: number): void => {
      if (stopped || !focusLost() || now > until) return;
      // A remembered control may be gone for good (a row scrolled out of the list, a deleted
      // article): after a moment the heading will do.
      const target =
        (mark && findMark(mark)) ?? (!mark || now > start + 1500 ? screenHeading() : undefined);
      if (target) target.focus({ preventScroll: true });
      else frame = requestAnimationFrame(attempt);
    };
    frame = requestAnimationFrame(attempt);
    return () => {
      cancelAnimationFrame(frame);
      for (const sign of signs) window.removeEventListener(sign, stop, { capture: true });
    };
  }, [routeKey]);
}
