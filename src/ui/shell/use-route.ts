import { useCallback, useEffect, useState } from 'react';
import { formatRoute, parseRoute, type Route } from './route';

const storageKey = 'verso.last-route';

/** The route to start on: the URL's hash, else the screen the app showed when it was last closed. */
function startingRoute(): Route {
  const hash = window.location.hash || localStorage.getItem(storageKey) || '';
  const route = parseRoute(hash);
  if (!window.location.hash && route.kind !== 'library')
    window.history.replaceState(null, '', formatRoute(route));
  return route;
}

/** The current route from the URL hash, and a navigate function that pushes a history entry. */
export function useRoute(): { route: Route; navigate: (route: Route) => void } {
  const [route, setRoute] = useState(startingRoute);
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  useEffect(() => localStorage.setItem(storageKey, formatRoute(route)), [route]);
  const navigate = useCallback((next: Route) => {
    const hash = formatRoute(next);
    if (window.location.hash !== hash) window.location.hash = hash;
    setRoute(next);
    window.scrollTo(0, 0);
  }, []);
  return { route, navigate };
}
