import { parentPort } from 'node:worker_threads';
import { extractBytes } from '../core/extract/extract-bytes';
import type { ExtractOutcome } from '../core/extract/types';
import { parseHtmlWithLinkedom } from './extract-command';

/** A job for an extraction thread. */
export interface ExtractJob {
  readonly index: number;
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A thread's answer. */
export interface ExtractDone {
  readonly index: number;
  readonly outcome: ExtractOutcome;
}

parentPort?.on('message', (job: ExtractJob) => {
  const outcome = extractBytes({ name: job.name, bytes: job.bytes }, parseHtmlWithLinkedom);
  parentPort?.postMessage({ index: job.index, outcome } satisfies ExtractDone);
});
