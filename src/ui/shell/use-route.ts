import { useCallback, useEffect, useState } from 'react';
import { formatRoute, parseRoute, type Route } from './route';

const storageKey = 'verso.last-route';

/** How many screens deep this history entry is within the app (0: where the app started). */
const depthOf = (state: unknown): number =>
  typeof state === 'object' && state !== null && 'depth' in state && typeof state.depth === 'number'
    ? state.depth
    : 0;

/** The scroll position saved with a history entry (0 when none was). */
const scrollOf = (state: unknown): number =>
  typeof state === 'object' &&
  state !== null &&
  'scrollY' in state &&
  typeof state.scrollY === 'number'
    ? state.scrollY
    : 0;

/**
 * Scrolls back to `y` once the page is tall enough to (screens load their data and lay out long
 * articles in chunks), then holds it while the page is still settling — a line loaded above the
 * text (the reuse share, the metadata) would otherwise push it down — until the height has been
 * steady for a moment, a few seconds have passed, or the person scrolls.
 */
function restoreScroll(y: number): void {
  if (y <= 0) return window.scrollTo(0, 0);
  const until = performance.now() + 4000;
  const steadyFor = 400;
  let stopped = false;
  let reachedAt = 0;
  let lastHeight = -1;
  const stop = (): void => {
    stopped = true;
  };
  // Any sign of the person moving the page themselves ends the restoring.
  const signs = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;
  const finish = (): void => {
    for (const sign of signs) window.removeEventListener(sign, stop);
  };
  for (const sign of signs) window.addEventListener(sign, stop, { once: true });
  const attempt = (now: number): void => {
    if (stopped) return finish();
    const height = document.documentElement.scrollHeight;
    const room = height - window.innerHeight;
    if (room >= y || now > until) {
      if (height !== lastHeight || window.scrollY !== Math.min(y, Math.max(0, room))) {
        window.scrollTo(0, Math.min(y, Math.max(0, room)));
        lastHeight = height;
        reachedAt = now;
      }
      if (now - reachedAt > steadyFor || now > until) return finish();
    }
    requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** Back or Forward brought this screen back with the place the person had scrolled to. */
export function returningToSavedScroll(): boolean {
  return scrollOf(window.history.state) > 0;
}

/** The route to start on: the URL's hash, else the screen the app showed when it was last closed. */
function startingRoute(): Route {
  const route = parseRoute(window.location.hash || localStorage.getItem(storageKey) || '');
  window.history.replaceState({ depth: depthOf(window.history.state) }, '', formatRoute(route));
  return route;
}

/** Back one screen; from the screen the app started on, "back" is the library, never out of the app. */
export function goBack(): void {
  if (depthOf(window.history.state) > 0) window.history.back();
  else window.location.hash = formatRoute({ kind: 'library' });
}

/** The current route from the URL hash, and a navigate function that pushes a history entry. */
export function useRoute(): { route: Route; navigate: (route: Route) => void } {
  const [route, setRoute] = useState(startingRoute);
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(window.location.hash));
    // Back and forward return to where the person was on that screen.
    const onPop = (event: PopStateEvent): void => {
      onChange();
      restoreScroll(scrollOf(event.state));
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener('hashchange', onChange);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('hashchange', onChange);
    };
  }, []);
  useEffect(() => localStorage.setItem(storageKey, formatRoute(route)), [route]);
  const navigate = useCallback((next: Route) => {
    const hash = formatRoute(next);
    if (window.location.hash !== hash) {
      const depth = depthOf(window.history.state);
      window.history.replaceState({ depth, scrollY: window.scrollY }, '');
      window.history.pushState({ depth: depth + 1 }, '', hash);
    }
    setRoute(next);
    window.scrollTo(0, 0);
  }, []);
  return { route, navigate };
}
