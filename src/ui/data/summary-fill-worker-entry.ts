/// <reference lib="webworker" />
import { ArchiveDatabase } from '../../db/database';
import { fillOlderSummaries } from '../../db/summary-fill';
import { fillOlderUrlKeys } from '../../db/url-key-fill';
import { failedReply, type CancelMessage, type Posted } from '../../worker-client/worker-messages';
import type { SummaryFillReply, SummaryFillRequest } from './summary-fill-protocol';

// The summary-fill worker's entry: after the v18 upgrade, reads the older articles whole (text
// and all) to write their summaries, off the page's thread; after v20, the addresses they were
// fetched by. Its own worker, started only when an
// archive has summaries to fill, so the import's workers carry nothing of it.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const stoppable = new Map<number, AbortController>();

async function answer(request: Posted<SummaryFillRequest>): Promise<SummaryFillReply> {
  const stop = new AbortController();
  stoppable.set(request.id, stop);
  const db = new ArchiveDatabase(request.database);
  try {
    const fill = request.kind === 'fill-url-keys' ? fillOlderUrlKeys : fillOlderSummaries;
    const finished = await fill(
      db,
      ({ done, total }) => scope.postMessage({ kind: 'progress', id: request.id, done, total }),
      stop.signal,
    );
    return { kind: 'summaries-filled', id: request.id, finished };
  } finally {
    stoppable.delete(request.id);
    db.close();
  }
}

scope.addEventListener(
  'message',
  (event: MessageEvent<Posted<SummaryFillRequest> | CancelMessage>) => {
    const request = event.data;
    if (request.kind === 'cancel') return stoppable.get(request.id)?.abort();
    answer(request).then(
      (reply) => scope.postMessage(reply),
      (error: unknown) => scope.postMessage(failedReply(request.id, error)),
    );
  },
);
