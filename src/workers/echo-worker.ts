/// <reference lib="webworker" />
import { EchoIndex } from '../core/echoes/echo-index';
import { findEchoesWithin } from '../core/echoes/find-echoes-within';
import type { Echo } from '../core/model';
import type { EchoCancel, EchoReply, EchoRequest, IndexedDoc } from './echo-protocol';
import { fingerprintsLookSound, type SkippedArticle } from './skipped-articles';
import { articleEchoes } from './article-echoes';

/**
 * Echo scans off the UI thread. The worker keeps the archive's EchoIndex (built from stored
 * fingerprints) between requests, runs them one at a time, and stops one when asked at its next
 * pause, so a cancelled scan does not cost the index.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const index = new EchoIndex();
const post = (reply: EchoReply): void => scope.postMessage(reply);
const controllers = new Map<number, AbortController>();
/** Articles the index holds no usable data for, and why: every archive scan names them. */
const unindexed = new Map<string, SkippedArticle>();
let queue: Promise<unknown> = Promise.resolve();
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Adds one article to the index, or says why it cannot be (it is then left out of scans). */
function addToIndex(doc: IndexedDoc): SkippedArticle | null {
  if (!('text' in doc) && !fingerprintsLookSound(doc.fingerprints)) {
    index.remove(doc.id);
    return { id: doc.id, reason: 'damaged' };
  }
  try {
    index.add(doc.id, 'text' in doc ? doc.text : doc.fingerprints);
    return null;
  } catch {
    index.remove(doc.id);
    return { id: doc.id, reason: 'unreadable' };
  }
}

interface Found {
  readonly echoes: readonly Echo[];
  readonly skipped: readonly SkippedArticle[];
}

async function handle(request: EchoRequest, signal: AbortSignal): Promise<Found> {
  const { id, settings } = request;
  for (const docId of request.remove) {
    index.remove(docId);
    unindexed.delete(docId);
  }
  for (let i = 0; i < request.add.length; i++) {
    const doc = request.add[i];
    const skip = doc ? addToIndex(doc) : null;
    if (doc && skip) unindexed.set(doc.id, skip);
    else if (doc) unindexed.delete(doc.id);
    if (i % 200 === 199) {
      post({ kind: 'progress', id, done: i + 1, total: request.add.length, phase: 'Indexing' });
      await pause();
      signal.throwIfAborted();
    }
  }
  signal.throwIfAborted();
  if (request.job.kind === 'article') {
    const echoes = articleEchoes(request.job.doc, request.job.versionIds, {
      within: (doc) => findEchoesWithin(doc, settings),
      across: (doc) => index.query(doc, undefined, { ...settings, within: false }),
    });
    return { echoes, skipped: [] };
  }
  const failedPairs: SkippedArticle[] = [];
  const echoes = await index.scanAll({
    ...settings,
    signal,
    onProgress: (done, total) => post({ kind: 'progress', id, done, total, phase: 'Comparing' }),
    onPairFailed: (a, b) => failedPairs.push({ id: a, reason: 'pair', other: b }),
  });
  return {
    echoes: echoes.slice(0, request.job.limit),
    skipped: [...unindexed.values(), ...failedPairs],
  };
}

function run(request: EchoRequest): Promise<void> {
  const controller = new AbortController();
  controllers.set(request.id, controller);
  return handle(request, controller.signal)
    .then(
      (found) => post({ kind: 'done', id: request.id, ...found }),
      (error: unknown) =>
        post({
          kind: 'failed',
          id: request.id,
          message: error instanceof Error ? error.message : String(error),
        }),
    )
    .finally(() => controllers.delete(request.id));
}

scope.addEventListener('message', (event: MessageEvent<EchoRequest | EchoCancel>) => {
  const message = event.data;
  if ('cancel' in message) {
    controllers.get(message.cancel)?.abort();
    return;
  }
  queue = queue.then(() => run(message));
});
