/// <reference lib="webworker" />
import { releaseNumbers } from '../core/releases/numbered-releases';
import { failedReply, type Posted } from '../worker-client/worker-messages';
import type { ReleaseReply, ReleaseRequest } from './release-protocol';

/**
 * Groups the clusters a list shows into releases off the UI thread: at 100,000 articles
 * (60,000 clusters, 1.4 million copies) the pairing takes seconds (h24e), which in the page
 * froze Strongest echoes when One row per story reprinted was ticked.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<Posted<ReleaseRequest>>) => {
  const { id, offsets, docs, starts, boilerplate } = event.data;
  let reply: ReleaseReply;
  try {
    const clusters = Array.from(boilerplate, (flag, c) => {
      const passages = [];
      for (let p = offsets[c] ?? 0; p < (offsets[c + 1] ?? 0); p++)
        passages.push({ doc: String(docs[p]), start: starts[p] ?? 0 });
      return { passages, boilerplate: flag === 1 };
    });
    reply = { kind: 'grouped', id, numbers: releaseNumbers(clusters) };
  } catch (error) {
    reply = failedReply(id, error);
  }
  scope.postMessage(reply, reply.kind === 'grouped' ? [reply.numbers.buffer] : []);
});
