import type { Move } from '../../core/diff/find-moves';
import type { Alignment } from '../../core/model';
import type { AlignReply, AlignRequest } from '../../workers/align-protocol';
import { workerClient } from '../../worker-client/worker-client';

/**
 * Aligns two passages in a worker of their own, terminated when done or when `signal` aborts
 * (then the promise never settles: the caller has moved on), with the paragraphs that moved.
 * Rejects when the alignment fails.
 * `onPercent` is told how far it has got (0–100) as the worker works.
 */
export function alignInWorker(
  request: Omit<AlignRequest, 'kind'>,
  signal: AbortSignal,
  onPercent?: (percent: number) => void,
): Promise<{ alignment: Alignment; moves: readonly Move[] }> {
  // A worker per alignment: terminating it is the only way to stop a long one mid-way.
  const worker = workerClient<AlignRequest, AlignReply>(
    () => new Worker(new URL('../../workers/align-worker.ts', import.meta.url), { type: 'module' }),
    { stoppedWords: 'The alignment worker stopped.' },
  );
  signal.addEventListener('abort', () => worker.stop(), { once: true });
  return new Promise((resolve, reject) => {
    const asking = onPercent
      ? { onProgress: (p: { percent: number }) => onPercent(p.percent) }
      : {};
    worker.request({ kind: 'align', ...request }, asking).then(
      (reply) => {
        worker.stop();
        resolve({ alignment: reply.alignment, moves: reply.moves });
      },
      (error: unknown) => {
        worker.stop();
        if (!signal.aborted) reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
