/// <reference lib="webworker" />
import { alignWithMoves } from '../core/diff/align-moves';
import { failedReply, type Posted } from '../worker-client/worker-messages';
import type { AlignReply, AlignRequest } from './align-protocol';

/**
 * Aligns two long texts word by word off the UI thread: two 5 MB versions take seconds, which
 * on the main thread froze the compare screen (and Cancel with it). One request per worker; the
 * page terminates the worker to cancel.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<Posted<AlignRequest>>) => {
  const { id, a, textA, b, textB } = event.data;
  let told = -1;
  // Told in whole percents, so the page gets about a hundred messages at most.
  const onProgress = (done: number): void => {
    const percent = Math.floor(done * 100);
    if (percent <= told) return;
    told = percent;
    const progress: AlignReply = { kind: 'progress', id, percent };
    scope.postMessage(progress);
  };
  let reply: AlignReply;
  try {
    reply = { kind: 'aligned', id, ...alignWithMoves(a, textA, b, textB, onProgress) };
  } catch (error) {
    reply = failedReply(id, error);
  }
  scope.postMessage(reply);
});
