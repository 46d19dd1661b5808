import { useLayoutEffect, useRef } from 'react';
import type { Route } from './route';

/**
 * Keeps `--header-height` on the page the bar's height, so what sticks below it (the reader's
 * side panel, the versions' steps) sticks below it: at the smallest window the bar wraps onto two
 * lines, and a fixed guess would slide them under it.
 */
function useHeaderHeight(): React.RefObject<HTMLElement | null> {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const header = ref.current;
    if (!header) return;
    const root = document.documentElement.style;
    const note = (): void => root.setProperty('--header-height', `${header.offsetHeight}px`);
    note();
    const watch = new ResizeObserver(note);
    watch.observe(header);
    return () => {
      watch.disconnect();
      root.removeProperty('--header-height');
    };
  }, []);
  return ref;
}

/** The top bar: the app's name (home), the main screens, the Archive panel, dark mode and About. */
export function AppHeader({
  route,
  navigate,
  theme,
  onToggleTheme,
  onAbout,
  onShortcuts,
  onArchive,
}: {
  onShortcuts: () => void;
  onArchive: () => void;
  route: Route;
  navigate: (route: Route) => void;
  theme: 'light' | 'dark';
  onToggleTheme: () => void;
  onAbout: () => void;
}) {
  const current = (kind: Route['kind']): 'page' | undefined =>
    route.kind === kind ? 'page' : undefined;
  const ref = useHeaderHeight();
  return (
    <header className="app-header" ref={ref}>
      <h1 className="app-title">
        <button type="button" className="link-button" onClick={() => navigate({ kind: 'library' })}>
          Verso
        </button>
      </h1>
      <nav className="app-nav" aria-label="Screens">
        <button
          type="button"
          aria-current={current('library')}
          onClick={() => navigate({ kind: 'library' })}
        >
          Library
        </button>
        <button
          type="button"
          aria-current={route.kind === 'echoes' || route.kind === 'cluster' ? 'page' : undefined}
          onClick={() => navigate({ kind: 'echoes' })}
        >
          Strongest echoes
        </button>
        <button
          type="button"
          aria-current={current('highlights')}
          onClick={() => navigate({ kind: 'highlights' })}
        >
          Highlights
        </button>
        <button
          type="button"
          aria-current={current('sources')}
          onClick={() => navigate({ kind: 'sources' })}
        >
          Sources
        </button>
      </nav>
      <div className="app-header-actions">
        <button type="button" onClick={onArchive} aria-haspopup="dialog">
          Archive
        </button>
        <button
          type="button"
          onClick={onToggleTheme}
          aria-label={`Switch to ${theme === 'dark' ? 'light' : 'dark'} mode`}
          aria-keyshortcuts="Control+Shift+D"
        >
          {theme === 'dark' ? 'Light' : 'Dark'}
        </button>
        <button
          type="button"
          onClick={onShortcuts}
          aria-label="Keyboard shortcuts"
          aria-keyshortcuts="?"
        >
          Keys
        </button>
        <button type="button" onClick={onAbout}>
          About
        </button>
      </div>
    </header>
  );
}
