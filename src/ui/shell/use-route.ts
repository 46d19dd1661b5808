import { useCallback, useEffect, useState } from 'react';
import { formatRoute, parseRoute, type Route } from './route';

const storageKey = 'verso.last-route';

/** How many screens deep this history entry is within the app (0: where the app started). */
const depthOf = (state: unknown): number =>
  typeof state === 'object' && state !== null && 'depth' in state && typeof state.depth === 'number'
    ? state.depth
    : 0;

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
    window.addEventListener('popstate', onChange);
    window.addEventListener('hashchange', onChange);
    return () => {
      window.removeEventListener('popstate', onChange);
      window.removeEventListener('hashchange', onChange);
    };
  }, []);
  useEffect(() => localStorage.setItem(storageKey, formatRoute(route)), [route]);
  const navigate = useCallback((next: Route) => {
    const hash = formatRoute(next);
    if (window.location.hash !== hash)
      window.history.pushState({ depth: depthOf(window.history.state) + 1 }, '', hash);
    setRoute(next);
    window.scrollTo(0, 0);
  }, []);
  return { route, navigate };
}
