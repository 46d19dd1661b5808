/// <reference lib="webworker" />
import type { CancelMessage, Posted } from '../worker-client/worker-messages';
import type { ReadPickedRequest } from './picked-file-protocol';
import { answerPicked } from './picked-file-answer';

// The picked-file worker's entry. A picked file's first `size` or `lastModified` is a synchronous
// trip to the browser process (which, at 100,000 articles, is busy with the archive's LevelDB),
// and its bytes another: made here, the trips hold this thread, not the page's.
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
