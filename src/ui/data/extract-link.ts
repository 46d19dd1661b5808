import type { ExtractReply } from '../../core/extract/extract-protocol';
import type { HtmlExtractor } from '../../import/import-types';
import { timedHtmlExtractor, type TimedExtractor } from '../../import/timed-extractor';

let extractor: TimedExtractor | undefined;

/**
 * The app's HTML reader: pages are read in a Web Worker (linkedom + Readability) with a time
 * limit, so a page that traps Readability fails on its own and the page's thread never hangs.
 */
export function htmlExtractorInWorker(): HtmlExtractor {
  extractor ??= timedHtmlExtractor((onReply, onCrash) => {
    const worker = new Worker(new URL('../../workers/extract-worker.ts', import.meta.url), {
      type: 'module',
      name: 'extract',
    });
    worker.onmessage = (event: MessageEvent<ExtractReply>) => onReply(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      onCrash();
    };
    // A reply that cannot be read would leave the page waiting for its time limit: fail it now.
    worker.onmessageerror = () => {
      worker.terminate();
      onCrash();
    };
    return { post: (request) => worker.postMessage(request), terminate: () => worker.terminate() };
  });
  return extractor.extract;
}
