/// <reference lib="webworker" />
import { EchoIndex } from '../core/echoes/echo-index';
import { findEchoesWithin } from '../core/echoes/find-echoes-within';
import type { Echo } from '../core/model';
import type { EchoReply, EchoRequest } from './echo-protocol';
import { articleEchoes } from './article-echoes';

/**
 * Echo scans off the UI thread. The worker keeps the archive's EchoIndex (built from stored
 * fingerprints) between requests; the client sends only what changed; cancelling terminates it.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const index = new EchoIndex();
const post = (reply: EchoReply): void => scope.postMessage(reply);

async function handle(request: EchoRequest): Promise<readonly Echo[]> {
  const { id, settings } = request;
  for (const docId of request.remove) index.remove(docId);
  request.add.forEach((doc, i) => {
    index.add(doc.id, doc.fingerprints);
    if (i % 100 === 99)
      post({ kind: 'progress', id, done: i + 1, total: request.add.length, phase: 'Indexing' });
  });
  if (request.job.kind === 'article') {
    return articleEchoes(request.job.doc, request.job.versionIds, {
      within: (doc) => findEchoesWithin(doc, settings),
      across: (doc) => index.query(doc, undefined, { ...settings, within: false }),
    });
  }
  const echoes = await index.scanAll({
    ...settings,
    onProgress: (done, total) => post({ kind: 'progress', id, done, total, phase: 'Comparing' }),
  });
  return echoes.slice(0, request.job.limit);
}

scope.addEventListener('message', (event: MessageEvent<EchoRequest>) => {
  const request = event.data;
  handle(request).then(
    (echoes) => post({ kind: 'done', id: request.id, echoes }),
    (error: unknown) =>
      post({
        kind: 'failed',
        id: request.id,
        message: error instanceof Error ? error.message : String(error),
      }),
  );
});
