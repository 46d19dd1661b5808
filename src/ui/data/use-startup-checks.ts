import { useEffect } from 'react';
import { repairFacets } from '../../db/tags';
import { archive } from './archive';
import { searchIndexFor } from './search-link';

/**
 * Once the first screen is up: loads the search index in its worker, so neither the first search
 * nor the first import waits for it (an import must find it loaded: see importItems), and checks
 * the library's kept counts against the archive.
 */
export function useStartupChecks(): void {
  useEffect(() => {
    const start = (): void => {
      void searchIndexFor(archive())
        .open()
        .catch(() => undefined);
      void repairFacets(archive()).catch(() => undefined);
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(start, { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(start, 500);
    return () => clearTimeout(timer);
  }, []);
}
