import { parentPort } from 'node:worker_threads';
import { answerExtract, isExtractRequest } from '../core/extract/extract-protocol';
import { parseHtmlWithLinkedom } from '../core/extract/linkedom-parser';

// The CLI's HTML pages are read on this thread, so the command can stop one that never ends.
parentPort?.on('message', (message: unknown) => {
  if (isExtractRequest(message))
    parentPort?.postMessage(answerExtract(message, parseHtmlWithLinkedom));
});
