/// <reference lib="webworker" />
import { answerExtract, isExtractRequest } from '../core/extract/extract-protocol';
import { parseHtmlWithLinkedom } from '../core/extract/linkedom-parser';

// Pages are read here, off the page's thread, so the page can stop (terminate) one that never ends.
self.onmessage = (event: MessageEvent<unknown>) => {
  if (isExtractRequest(event.data))
    self.postMessage(answerExtract(event.data, parseHtmlWithLinkedom));
};
