import type { SelectedPassage } from '../../core/echoes/passage-copies';
import type { EchoSettings } from '../../workers/echo-protocol';
import { scanInWorker, type ArticleScan, type EchoScanProgress } from './echo-client';

/**
 * A selected passage's near copies in the archive, found by the echo worker's index (which is
 * first sent the articles it does not hold yet, with progress; cancelling stops it at its next
 * pause). Strongest first; past the worker's limit the weaker ones are counted, not sent.
 */
export async function findPassageCopiesInWorker(
  passage: SelectedPassage,
  versionIds: readonly string[],
  settings: EchoSettings,
  onProgress: (progress: EchoScanProgress) => void,
  signal: AbortSignal,
): Promise<ArticleScan> {
  const reply = await scanInWorker(
    { kind: 'passage', passage, versionIds },
    settings,
    onProgress,
    signal,
  );
  return reply.kind === 'done'
    ? { echoes: reply.echoes, omitted: reply.omitted }
    : { echoes: [], omitted: 0 };
}
