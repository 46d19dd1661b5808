import type { ArchiveDatabase } from '../../db/database';
import type { NearCopyFinder } from '../../db/near-copies';
import type { DerivedFingerprints } from '../../db/records';
import { moveOlderSketches, type SketchMoveProgress } from '../../db/sketch-move';
import type { ArticleToDerive } from '../../import/import-types';
import { workerClient, type WorkerClient } from '../../worker-client/worker-client';
import type { DeriveReply, DeriveRequest } from './derive-protocol';
import { readLedes } from './ledes';

/** An import's per-article derivations, done in the derive worker. */
export interface ImportDerivers {
  readonly deriveFingerprints: (article: ArticleToDerive) => Promise<DerivedFingerprints>;
  readonly findNearCopies: NearCopyFinder;
}

let client: WorkerClient<DeriveRequest, DeriveReply> | undefined;
/** The near-copy checks asked so far, settled in turn. */
let checks: Promise<unknown> = Promise.resolve();

function deriveWorker(): WorkerClient<DeriveRequest, DeriveReply> {
  client ??= workerClient<DeriveRequest, DeriveReply>(
    () =>
      new Worker(new URL('./derive-worker-entry.ts', import.meta.url), {
        type: 'module',
        name: 'derive',
      }),
    { stoppedWords: 'The import could not check for near copies.' },
  );
  return client;
}

/**
 * The derive worker's fingerprinting and near-copy check for imports into `db`, so an imported
 * article costs the page's thread only its reading and its write. The worker holds the archive's
 * sketches in memory (see currentSketches), loaded once per worker. A request the worker cannot
 * answer rejects; importItems then fingerprints in-process, or leaves the near copy unasked.
 */
export function importDeriversInWorker(db: ArchiveDatabase): ImportDerivers {
  return {
    async deriveFingerprints(article) {
      const reply = await deriveWorker().request({
        kind: 'fingerprint',
        article: { id: article.id, contentHash: article.contentHash, text: article.text },
      });
      if (reply.kind !== 'fingerprinted') throw new Error(`unexpected reply ${reply.kind}`);
      return reply.record;
    },
    findNearCopies(articleId, ignore, known) {
      // One check at a time: an import no longer waits for its checks, and a thousand asked at
      // once each held the archive's tables in a read, queued before the import's writes.
      const asked = checks.then(async () => {
        const reply = await deriveWorker().request({
          kind: 'near-copies',
          database: db.name,
          articleId,
          ignore,
          ...(known ? { known: { seq: known.seq, sketch: [...known.sketch] } } : {}),
        });
        if (reply.kind !== 'near-copies') throw new Error(`unexpected reply ${reply.kind}`);
        return reply.found;
      });
      checks = asked.catch(() => undefined);
      return asked;
    },
  };
}

/**
 * Moves the sketches of articles stored before schema v16 into their own rows, in the derive
 * worker (in-process where there are no workers), telling `onProgress` as it goes; resolves true
 * once all are moved, false when `signal` stopped it (it goes on from there next time).
 */
export async function moveOlderSketchesOff(
  db: ArchiveDatabase,
  onProgress: (progress: SketchMoveProgress) => void,
  signal: AbortSignal,
): Promise<boolean> {
  if (typeof Worker === 'undefined') return moveOlderSketches(db, onProgress, signal);
  const reply = await deriveWorker().request(
    { kind: 'move-sketches', database: db.name },
    { signal, onProgress: ({ done, total }) => onProgress({ done, total }) },
  );
  if (reply.kind !== 'sketches-moved') throw new Error(`unexpected reply ${reply.kind}`);
  return reply.finished;
}

/**
 * Has the derive worker load the archive's near-copy sketches now (from their packs: see
 * db/sketch-index.ts), so an import started soon after finds them in memory rather than waiting
 * for its first check to load them beside its writes. Where there are no workers, nothing.
 */
export async function warmSketchesOff(db: ArchiveDatabase): Promise<void> {
  if (typeof Worker === 'undefined') return;
  const reply = await deriveWorker().request({ kind: 'warm-sketches', database: db.name });
  if (reply.kind !== 'sketches-warm') throw new Error(`unexpected reply ${reply.kind}`);
}

/**
 * The opening words of these articles for the library's rows, read in the derive worker: reading
 * an article brings its whole text (and HTML) with it, which on the page's thread cost a
 * 90–100 ms task for a 10 MB article (why the list reads summaries, schema v18). In-process
 * where there are no workers.
 */
export async function readLedesOff(
  db: ArchiveDatabase,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (typeof Worker === 'undefined') return readLedes(db, ids);
  const reply = await deriveWorker().request({ kind: 'ledes', database: db.name, ids });
  if (reply.kind !== 'ledes') throw new Error(`unexpected reply ${reply.kind}`);
  const ledes = new Map<string, string>();
  reply.ledes.forEach((lede, i) => {
    const id = ids[i];
    if (lede !== undefined && id !== undefined) ledes.set(id, lede);
  });
  return ledes;
}
