import { useEffect } from 'react';
import { warmArchivedKeys } from '../../db/archived-keys';
import { checkStartupCounts } from '../../db/startup-check';
import { afterWrites } from '../../db/write-session';
import { archive, prepareImport } from './archive';
import { showArchiveChangedNow } from './archive-changes';
import { fillSummariesNow } from './use-summary-fill';
import { fillUrlKeysSoon } from './use-url-key-fill';
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
 * Once the first screen has shown its content: loads the archive's near-copy sketches in the
 * derive worker; once the page is then idle: loads the import pipeline's modules (see
 * prepareImport), and loads the search index in its worker, so the first search does not
 * wait for it (an import waits only until the saved
 * index is found to match the archive: see search-server.ts), then, unless already done under
 * this schema version, checks the library's kept counts against the archive and the summaries
 * against those counts, then (summaries complete) makes sure imports have a current filter of
 * the archived keys (archived-keys.ts: built from the summaries when the saved one is not
 * current). The check counts every article (~2–4 s at 100,000), so it waits for the first rows,
 * and for an import under way to end, rather than competing with them for the database; it reads
 * a slice per transaction (see checkFacets).
 */
export function useStartupChecks(): void {
  useEffect(() => {
    let stopped = false;
    let stop = (): void => undefined;
    void afterFirstScreen().then(() => {
      if (stopped) return;
      // The near-copy sketches, loaded in the derive worker now rather than by an import's
      // first check (seconds at 100,000 from rows every write takes; from their packs, ~100
      // reads of a store no write touches).
      void import('./derive-link')
        .then(({ warmSketchesOff }) => warmSketchesOff(archive()))
        // For the scale bench: when the sketches were in memory (page clock).
        .then(() => performance.mark('verso:sketches-warm'))
        .catch(() => undefined);
      // The import pipeline's modules, so a first import's click finds them loaded. Alone in its
      // idle turn: they are ~80 ms of evaluation on this thread, in a few tasks.
      const stopLoad = whenIdle(prepareImport, 1000);
      const stopOpen = whenIdle(() => {
        void searchIndexFor(archive())
          .open()
          .catch(() => undefined)
          // An import started at once holds the articles: the count waits for it to end.
          .then(() => afterWrites(archive()))
          // The counts, then the summaries, once per schema version (see startup-check.ts).
          .then(async () => {
            if (stopped) return;
            if (!(await checkStartupCounts(archive()))) return warmArchivedKeys(archive());
            await showArchiveChangedNow();
            fillSummariesNow();
          })
          // For the scale bench: when imports have the filter of archived keys (page clock).
          .then(() => performance.mark('verso:archived-keys-ready'))
          // Then the v20 addresses of older articles, with the start-up's reads over.
          .then(() => !stopped && fillUrlKeysSoon())
          .catch(() => undefined);
      }, 2000);
      stop = () => {
        stopLoad();
        stopOpen();
      };
    });
    return () => {
      stopped = true;
      stop();
    };
  }, []);
}
