import type { ExtractFormat, ExtractReply, ExtractRequest } from '../core/extract/extract-protocol';
import { failed, type ExtractOutcome } from '../core/extract/types';
import type { HtmlExtractor } from './import-types';

/** How long one page may take before its worker is stopped: a real page takes well under 2 s. */
export const defaultExtractTimeoutMs = 30_000;

/** What the extractor needs of a worker: a Web Worker or a Node worker thread, adapted. */
export interface ExtractWorker {
  post(request: ExtractRequest): void;
  terminate(): void;
}

/** Starts a worker that calls `onReply` with each answer and `onCrash` if it dies. */
export type SpawnExtractWorker = (
  onReply: (reply: ExtractReply) => void,
  onCrash: () => void,
) => ExtractWorker;

/** An HtmlExtractor that can be shut down (its worker stopped). */
export interface TimedExtractor {
  readonly extract: HtmlExtractor;
  close(): void;
}

/**
 * Reads pages in a worker, one at a time, each with a time limit. A page that runs past it (a
 * page built to trap Readability in an endless loop) has its worker terminated and fails with a
 * reason; the next page gets a fresh worker, so the batch goes on. A cancel stops the page in
 * flight the same way.
 */
export function timedHtmlExtractor(
  spawn: SpawnExtractWorker,
  timeoutMs = defaultExtractTimeoutMs,
): TimedExtractor {
  let worker: ExtractWorker | undefined;
  let nextId = 1;
  let settle: ((reply: ExtractReply | ExtractOutcome) => void) | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const stop = (): void => {
    worker?.terminate();
    worker = undefined;
  };
  const current = (): ExtractWorker =>
    (worker ??= spawn(
      (reply) => settle?.(reply),
      () => {
        worker = undefined;
        settle?.(failed('The page could not be read: the reader stopped on it.'));
      },
    ));

  const readOne = (
    html: string,
    url: string,
    signal?: AbortSignal,
    format?: ExtractFormat,
  ): Promise<ExtractOutcome> =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve(failed('Cancelled.'));
      const id = nextId++;
      const onAbort = (): void => {
        stop();
        finish(failed('Cancelled.'));
      };
      const finish = (answer: ExtractReply | ExtractOutcome): void => {
        if ('id' in answer && answer.id !== id) return;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        settle = undefined;
        resolve('id' in answer ? answer.outcome : answer);
      };
      settle = finish;
      const timer = setTimeout(() => {
        stop();
        finish(
          failed(
            `Reading this page took longer than ${+(timeoutMs / 1000).toFixed(2)} seconds, so it was stopped (its HTML may be built to trap readers).`,
          ),
        );
      }, timeoutMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      current().post({ id, html, url, ...(format === 'md' ? { format } : {}) });
    });

  return {
    extract(html, url, signal, format) {
      // One page at a time: the time limit is the page's own, not time spent queued.
      const run = queue.then(() => readOne(html, url, signal, format));
      queue = run.catch(() => undefined);
      return run;
    },
    close: stop,
  };
}
