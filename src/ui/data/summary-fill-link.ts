import type { ArchiveDatabase } from '../../db/database';
import { fillOlderSummaries, type SummaryFillProgress } from '../../db/summary-fill';
import { fillOlderUrlKeys } from '../../db/url-key-fill';
import { workerClient } from '../../worker-client/worker-client';
import type { SummaryFillReply, SummaryFillRequest } from './summary-fill-protocol';

/**
 * Fills the older articles' summaries after the v18 upgrade in the summary-fill worker
 * (in-process where there are no workers), telling `onProgress` as it goes; resolves true once
 * all are filled, false when `signal` stopped it (it goes on from there next time). With `kind`
 * 'fill-url-keys', the v20 addresses older articles were fetched by instead.
 */
export async function fillOlderSummariesOff(
  db: ArchiveDatabase,
  onProgress: (progress: SummaryFillProgress) => void,
  signal: AbortSignal,
  kind: SummaryFillRequest['kind'] = 'fill-summaries',
): Promise<boolean> {
  if (typeof Worker === 'undefined')
    return (kind === 'fill-url-keys' ? fillOlderUrlKeys : fillOlderSummaries)(
      db,
      onProgress,
      signal,
    );
  const worker = workerClient<SummaryFillRequest, SummaryFillReply>(
    () =>
      new Worker(new URL('./summary-fill-worker-entry.ts', import.meta.url), {
        type: 'module',
        name: 'summary-fill',
      }),
    { stoppedWords: 'The archive could not be updated.' },
  );
  try {
    const reply = await worker.request(
      { kind, database: db.name },
      { signal, onProgress: ({ done, total }) => onProgress({ done, total }) },
    );
    return reply.finished;
  } finally {
    worker.stop();
  }
}
