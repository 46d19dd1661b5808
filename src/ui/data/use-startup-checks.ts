import { useEffect } from 'react';
import { repairFacets } from '../../db/tags';
import { archive } from './archive';
import { afterFirstScreen } from './first-screen';
import { searchIndexFor } from './search-link';

/** Runs `work` when the page is next idle (or after `timeout` ms at most); returns the cancel. */
function whenIdle(work: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 500);
  return () => clearTimeout(timer);
}

/**
 * Once the first screen has shown its content and the page is idle: loads the search index in
 * its worker, so neither the first search nor the first import waits for it (an import must find
 * it loaded: see importItems), then checks the library's kept counts against the archive. The
 * check counts every article (Chromium walks the whole store: ~2.5 s at 100,000), so it waits
 * for the first rows and the index rather than competing with them for the database.
 */
export function useStartupChecks(): void {
  useEffect(() => {
    let stopped = false;
    let stop = (): void => undefined;
    void afterFirstScreen().then(() => {
      if (stopped) return;
      stop = whenIdle(() => {
        void searchIndexFor(archive())
          .open()
          .catch(() => undefined)
          .then(() => (stopped ? undefined : repairFacets(archive())))
          .catch(() => undefined);
      }, 2000);
    });
    return () => {
      stopped = true;
      stop();
    };
  }, []);
}
