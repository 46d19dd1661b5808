import { Worker } from 'node:worker_threads';
import type { ExtractReply } from '../core/extract/extract-protocol';
import type { HtmlExtractor } from '../import/import-types';
import { timedHtmlExtractor, type TimedExtractor } from '../import/timed-extractor';

// Run from source (tsx, tests) the thread is TypeScript and needs tsx's loader, which a worker
// does not inherit on Node 20; the built CLI has extract-thread.mjs beside its chunks.
function threadSource(): { code: string; eval: true } | { url: URL } {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(`./extract-thread.${fromSource ? 'ts' : 'mjs'}`, import.meta.url);
  if (!fromSource) return { url };
  const code = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
  return { code, eval: true };
}

/**
 * The CLI's HTML reader: pages are read on a worker thread with a time limit, so one page cannot
 * hang `extract` or `echoes`; it fails with a message and the command goes on. Close it when done
 * (an idle thread would keep the process alive).
 */
export function cliHtmlExtractor(timeoutMs?: number): TimedExtractor & { extract: HtmlExtractor } {
  return timedHtmlExtractor((onReply, onCrash) => {
    const source = threadSource();
    const worker =
      'url' in source ? new Worker(source.url) : new Worker(source.code, { eval: true });
    worker.on('message', (reply: ExtractReply) => onReply(reply));
    worker.on('error', () => onCrash());
    // Not keeping the process alive while idle: the command's own work decides when it ends.
    worker.unref();
    return {
      post: (request) => worker.postMessage(request),
      terminate: () => void worker.terminate(),
    };
  }, timeoutMs);
}
