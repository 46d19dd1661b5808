/// <reference lib="webworker" />
import { EchoIndex } from '../core/echoes/echo-index';
import { fingerprintText, type Fingerprints } from '../core/echoes/fingerprint';
import { findEchoesWithin } from '../core/echoes/find-echoes-within';
import type { EchoAddDocs, EchoCancel, EchoReply, EchoRequest, DocToIndex } from './echo-protocol';
import { articleEchoes } from './article-echoes';
import { reuseShares } from './reuse-shares';
import { fingerprintsLookSound } from './skipped-articles';

/**
 * Echo scans off the UI thread. The worker keeps the archive's EchoIndex (built from stored
 * fingerprints) between requests, runs them one at a time, and stops one when asked at its next
 * pause, so a cancelled scan does not cost the index.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const index = new EchoIndex();
/** The same fingerprints the index holds, by id: reuse shares count words with them. */
const held = new Map<string, Fingerprints>();
const post = (reply: EchoReply): void => scope.postMessage(reply);
const controllers = new Map<number, AbortController>();
let queue: Promise<unknown> = Promise.resolve();
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

type Answer = Extract<EchoReply, { kind: 'done' | 'clusters' }>;

async function handle(request: EchoRequest, signal: AbortSignal): Promise<Answer> {
  const { id, settings, job } = request;
  for (const docId of request.remove) {
    index.remove(docId);
    held.delete(docId);
  }
  for (let i = 0; i < request.add.length; i++) {
    indexDoc(request.add[i]);
    if (i % 200 === 199) {
      post({ kind: 'progress', id, done: i + 1, total: request.add.length, phase: 'Indexing' });
      await pause();
      signal.throwIfAborted();
    }
  }
  signal.throwIfAborted();
  if (job.kind === 'article') {
    const echoes = articleEchoes(job.doc, job.versionIds, {
      within: (doc) => findEchoesWithin(doc, settings),
      across: (doc) => index.query(doc, undefined, { ...settings, within: false }),
    });
    return { kind: 'done', id, echoes };
  }
  const meta = new Map(job.docs.map((doc) => [doc.id, doc]));
  const clusters = await index.scanClusters({
    ...settings,
    signal,
    meta: (docId) => meta.get(docId),
    onProgress: (done, total) => post({ kind: 'progress', id, done, total, phase: 'Comparing' }),
    // A pair that fails to align is skipped; the scan finishes for everything else.
    onPairFailed: (a, b, error) => console.error(`Verso: comparing ${a} with ${b} failed`, error),
  });
  const reuse = reuseShares(
    clusters,
    (docId) => held.get(docId),
    (docId) => meta.get(docId)?.story ?? docId,
  );
  return { kind: 'clusters', id, clusters, reuse };
}

// An article whose stored fingerprints are damaged, or whose text cannot be fingerprinted, is
// left out: one such article must not take the archive's scan down with it.
function indexDoc(doc: DocToIndex | undefined): void {
  if (doc && ('text' in doc || fingerprintsLookSound(doc.fingerprints))) {
    try {
      const fingerprints = 'text' in doc ? fingerprintText(doc.text) : doc.fingerprints;
      index.add(doc.id, fingerprints);
      held.set(doc.id, fingerprints);
    } catch (error) {
      console.error(`Verso: article ${doc.id} left out of echo scans`, error);
    }
  } else if (doc) console.error(`Verso: article ${doc.id} has damaged fingerprints; left out`);
}

function run(request: EchoRequest): Promise<void> {
  const controller = new AbortController();
  controllers.set(request.id, controller);
  return handle(request, controller.signal)
    .then(post, (error: unknown) =>
      post({
        kind: 'failed',
        id: request.id,
        message: error instanceof Error ? error.message : String(error),
      }),
    )
    .finally(() => controllers.delete(request.id));
}

scope.addEventListener('message', (event: MessageEvent<EchoRequest | EchoCancel | EchoAddDocs>) => {
  const message = event.data;
  if ('addDocs' in message) {
    // Queued like requests, so a request sent after its batches finds them indexed.
    queue = queue.then(() => {
      if (Array.isArray(message.addDocs)) for (const doc of message.addDocs) indexDoc(doc);
    });
    return;
  }
  if ('cancel' in message) {
    controllers.get(message.cancel)?.abort();
    return;
  }
  queue = queue.then(() => run(message));
});
