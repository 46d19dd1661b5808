/// <reference lib="webworker" />
import type { CancelMessage, Posted } from '../worker-client/worker-messages';
import type { ReadPickedRequest } from './picked-file-protocol';
import { answerPicked } from './picked-file-answer';

// The picked-file worker's entry: a picked handle's File made and read here, off the page's
// thread (the page is handed the bytes, not copied).
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener(
  'message',
  (event: MessageEvent<Posted<ReadPickedRequest> | CancelMessage>) => {
    const request = event.data;
    // A read is short (at most maxArticleFileBytes); a cancelled import ignores its answer.
    if (request.kind === 'cancel') return;
    void answerPicked(request).then(({ reply, transfer }) => scope.postMessage(reply, transfer));
  },
);
