import { useEffect } from 'react';
import { ensureSearchIndex } from '../../db/search-index';
import { archive } from './archive';

/**
 * Loads the search index in its worker once the first screen is up, so neither the first search
 * nor the first import waits for it (an import must find it loaded: see importItems).
 */
export function useSearchPreload(): void {
  useEffect(() => {
    const start = (): void => void ensureSearchIndex(archive()).catch(() => undefined);
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(start, { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(start, 500);
    return () => clearTimeout(timer);
  }, []);
}
