/// <reference lib="webworker" />
import { deriveFingerprintRecord } from '../../db/derive';
import { findNearCopies } from '../../db/near-copies';
import { moveOlderSketches } from '../../db/sketch-move';
import { warmSketches } from '../../db/sketch-index';
import { failedReply, type CancelMessage, type Posted } from '../../worker-client/worker-messages';
import type { DeriveReply, DeriveRequest } from './derive-protocol';
import { readLedes } from './ledes';
import { databaseNamed } from './worker-databases';

// The derive worker's entry: an import's per-article work that is not the write itself —
// fingerprinting and the near-copy check (the archive's sketches, held here in memory once
// loaded, then the candidates' reads and alignment) — off the page's thread. Here, not in src/workers, because the near-copy check reads the archive (by
// name, through its own connection), as the search worker's entry does.
const scope = self as unknown as DedicatedWorkerGlobalScope;
/** The long requests (moving sketches) a cancel can stop, by id. */
const stoppable = new Map<number, AbortController>();

async function answer(request: Posted<DeriveRequest>): Promise<DeriveReply> {
  if (request.kind === 'fingerprint')
    return {
      kind: 'fingerprinted',
      id: request.id,
      record: deriveFingerprintRecord(request.article),
    };
  if (request.kind === 'move-sketches') {
    const stop = new AbortController();
    stoppable.set(request.id, stop);
    try {
      const finished = await moveOlderSketches(
        databaseNamed(request.database),
        ({ done, total }) => scope.postMessage({ kind: 'progress', id: request.id, done, total }),
        stop.signal,
      );
      return { kind: 'sketches-moved', id: request.id, finished };
    } finally {
      stoppable.delete(request.id);
    }
  }
  if (request.kind === 'warm-sketches')
    return {
      kind: 'sketches-warm',
      id: request.id,
      held: await warmSketches(databaseNamed(request.database)),
    };
  if (request.kind === 'ledes') {
    const ledes = await readLedes(databaseNamed(request.database), request.ids);
    return { kind: 'ledes', id: request.id, ledes: request.ids.map((id) => ledes.get(id)) };
  }
  const ignore = new Set(request.ignore);
  const found = await findNearCopies(
    databaseNamed(request.database),
    request.articleId,
    (id) => ignore.has(id),
    request.known,
  );
  return { kind: 'near-copies', id: request.id, found };
}

scope.addEventListener('message', (event: MessageEvent<Posted<DeriveRequest> | CancelMessage>) => {
  const request = event.data;
  // Per-article requests are short: a cancelled import simply ignores their answers.
  if (request.kind === 'cancel') return stoppable.get(request.id)?.abort();
  answer(request).then(
    (reply) => {
      const fp = reply.kind === 'fingerprinted' ? reply.record.fingerprints : undefined;
      // The typed arrays are handed over, not copied: they are the bulk of the answer.
      // (A set: two views of one buffer would make the transfer list refuse a duplicate.)
      const buffers = fp
        ? new Set(
            [fp.hashes, fp.starts, fp.ends, fp.flags, fp.marks, fp.markPositions].map(
              (a) => a.buffer as ArrayBuffer,
            ),
          )
        : [];
      scope.postMessage(reply, [...buffers]);
    },
    (error: unknown) => scope.postMessage(failedReply(request.id, error)),
  );
});
