/**
 * Extraction by both paths inside Chromium: the browser's DOMParser on the page's thread (the
 * path import used before issue 9) and linkedom in the extraction worker (the path it uses now).
 * Driven by bench/extract-paths.ts, which scores the texts.
 */
import { extractText } from '../../../src/core/extract/extract-bytes';
import { parseHtmlInBrowser } from '../../../src/import/html-parser';
import { timedHtmlExtractor } from '../../../src/import/timed-extractor';
import type { ExtractReply } from '../../../src/core/extract/extract-protocol';

const worker = timedHtmlExtractor((onReply) => {
  const w = new Worker(new URL('../../../src/workers/extract-worker.ts', import.meta.url), {
    type: 'module',
  });
  w.onmessage = (event: MessageEvent<ExtractReply>) => onReply(event.data);
  return { post: (request) => w.postMessage(request), terminate: () => w.terminate() };
}, 20_000);

/** Per page: the text each path extracted ('' when it failed), and each path's total time. */
async function extractBoth(sources: readonly string[]): Promise<{
  readonly main: readonly string[];
  readonly worker: readonly string[];
  readonly mainMs: number;
  readonly workerMs: number;
}> {
  // Pages that trap Readability in a browser DOM are left to the worker path only.
  const t0 = performance.now();
  const main = sources.map((source) => {
    const outcome = extractText(source, 'html', parseHtmlInBrowser);
    return outcome.kind === 'ok' ? outcome.article.text : '';
  });
  const t1 = performance.now();
  const inWorker: string[] = [];
  for (const source of sources) {
    const outcome = await worker.extract(source, '');
    inWorker.push(outcome.kind === 'ok' ? outcome.article.text : '');
  }
  const t2 = performance.now();
  return { main, worker: inWorker, mainMs: t1 - t0, workerMs: t2 - t1 };
}

Object.assign(window, { extractBoth });
