/// <reference lib="webworker" />
import { readFileForImport } from '../../import/read-file-off';
import { failedReply, type CancelMessage, type Posted } from '../../worker-client/worker-messages';
import type { ReadFileReply, ReadFileRequest } from './read-file-protocol';

// The read-file worker's entry: a big text file's decoding, tidying, content hash and word count
// off the page's thread. Here, not in src/workers, because it runs the import's own reader.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener(
  'message',
  (event: MessageEvent<Posted<ReadFileRequest> | CancelMessage>) => {
    const request = event.data;
    // One file is one short request; a cancelled import ignores the answer.
    if (request.kind === 'cancel') return;
    try {
      const reply: ReadFileReply = {
        kind: 'file-read',
        id: request.id,
        read: readFileForImport(request),
      };
      scope.postMessage(reply);
    } catch (error) {
      scope.postMessage(failedReply(request.id, error));
    }
  },
);
