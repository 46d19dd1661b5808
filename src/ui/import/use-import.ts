import { useCallback, useRef, useState } from 'react';
import type { ImportItem, ImportResult, ImportRun } from '../../import/import-types';
import { useHost } from '../host-context';
import { archive, importIntoArchive } from '../data/archive';
import { archiveIdentity } from '../../db/archive-identity';
import { showArchiveChangesNow } from '../data/archive-changes';
import { sayFailure } from '../shell/failure-words';
import type { ImportState } from './import-state';
import { createProgressFeed } from './progress-feed';
import { dropKeptFailures, keepFailures } from './kept-failures';

// Kept against this archive's identity; an archive that cannot say which it is keeps none (the
// summary on screen still lists them), and the import's outcome is not turned into an error.
const keepFailuresOf = (results: readonly ImportResult[]): Promise<void> =>
  archiveIdentity(archive())
    .then((identity) => keepFailures(results, identity))
    .catch(() => undefined);

type Finished = Extract<ImportState, { kind: 'finished' }>;

/**
 * Adds the near-copy checks' answers to the summary `shown` when they come — the batch's own
 * results, which carry the near copies — or says they could not be made. Left alone once the
 * summary is dismissed or replaced by another import.
 */
function followChecks(
  run: ImportRun,
  shown: Finished,
  setState: (update: (now: ImportState) => ImportState) => void,
): void {
  const added = shown.results.filter((r) => r.kind === 'added').length;
  const answer = (results: readonly ImportResult[], unchecked: number): void =>
    setState((now) =>
      now === shown ? { ...shown, results, nearCopies: { kind: 'checked', unchecked } } : now,
    );
  run.checked.then(
    ({ results, unchecked }) => answer(results, unchecked),
    () => answer(shown.results, added),
  );
}

/** Runs imports one batch at a time with progress and cancel; resolves with the batch's results. */
export function useImport() {
  const host = useHost();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const start = useCallback(
    async (items: readonly ImportItem[]): Promise<readonly ImportResult[]> => {
      if (items.length === 0 || controller.current) return [];
      const abort = new AbortController();
      controller.current = abort;
      const results: ImportResult[] = [];
      let final: readonly ImportResult[] = results;
      const progress = createProgressFeed();
      setState({ kind: 'running', total: items.length, progress });
      try {
        const run = await importIntoArchive(items, {
          signal: abort.signal,
          fetchUrl: host.fetchUrl,
          onWaitingForBackup: (waiting) =>
            progress.report({ ...progress.current(), waitingForBackup: waiting }),
          onProgress: ({ done, last }) => {
            results.push(last);
            progress.report({ done, label: last.label });
          },
        });
        // Said once the articles are stored and safe; the near copies follow (see followChecks).
        final = await run.stored;
        // The list shows what was added before the summary says so.
        await showArchiveChangesNow();
        await keepFailuresOf(final);
        const checking = final.some((r) => r.kind === 'added');
        const shown: Finished = {
          kind: 'finished',
          results: final,
          total: items.length,
          cancelled: abort.signal.aborted,
          ...(checking ? { nearCopies: { kind: 'checking' } } : {}),
        };
        setState(shown);
        if (checking) followChecks(run, shown, setState);
      } catch (error) {
        if (abort.signal.aborted) {
          await keepFailuresOf(results);
          setState({ kind: 'finished', results, total: items.length, cancelled: true });
        } else setState({ kind: 'error', message: sayFailure(error, 'the import') });
      } finally {
        controller.current = null;
      }
      return final;
    },
    [host],
  );
  const cancel = useCallback(() => controller.current?.abort(), []);
  // Dismissing the summary dismisses its failures too: they are not shown again after a reload.
  const dismiss = useCallback(() => {
    dropKeptFailures();
    setState({ kind: 'idle' });
  }, []);
  return { state, start, cancel, dismiss };
}
