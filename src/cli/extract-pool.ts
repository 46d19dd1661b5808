import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExtractOutcome } from '../core/extract/types';
import type { ExtractDone, ExtractJob } from './extract-thread';

/** A file to extract. */
export interface ExtractInput {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * Extracts many files on worker threads, one per core, and returns the outcomes in input order.
 * Readability on linkedom is CPU-bound (~20 ms a page), so a batch scales with the cores.
 */
export async function extractInParallel(
  inputs: readonly ExtractInput[],
  threads = Math.min(availableParallelism(), inputs.length),
): Promise<ExtractOutcome[]> {
  const outcomes: ExtractOutcome[] = new Array<ExtractOutcome>(inputs.length);
  const workers = Array.from(
    { length: Math.max(1, threads) },
    () => new Worker(new URL('./extract-thread.mjs', import.meta.url)),
  );
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = (): void => {
              const input = inputs[next];
              if (!input) return resolve();
              worker.postMessage({ index: next++, ...input } satisfies ExtractJob);
            };
            worker.on('message', (done: ExtractDone) => {
              outcomes[done.index] = done.outcome;
              feed();
            });
            worker.on('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes;
}
