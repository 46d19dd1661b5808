import type { Alignment } from '../../core/model';
import type { AlignReply, AlignRequest } from '../../workers/align-protocol';

/**
 * Aligns two passages in a worker of their own, terminated when done or when `signal` aborts
 * (then the promise never settles: the caller has moved on). Rejects when the alignment fails.
 */
export function alignInWorker(request: AlignRequest, signal: AbortSignal): Promise<Alignment> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../workers/align-worker.ts', import.meta.url), {
      type: 'module',
    });
    const end = (): void => worker.terminate();
    signal.addEventListener('abort', end, { once: true });
    worker.addEventListener('message', (event: MessageEvent<AlignReply>) => {
      end();
      if (event.data.kind === 'aligned') resolve(event.data.alignment);
      else reject(new Error('The alignment failed.'));
    });
    worker.addEventListener('error', () => {
      end();
      reject(new Error('The alignment worker stopped.'));
    });
    worker.postMessage(request satisfies AlignRequest);
  });
}
