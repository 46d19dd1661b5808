import type { Echo } from '../../core/model';
import type { ArticleJob, EchoSettings } from '../../workers/echo-protocol';
import { scanEchoes } from '../data/echo-client';
import { useScan, type ScanState as AnyScanState } from './use-scan';

/** Where an echo scan is. */
export type ScanState = AnyScanState<readonly Echo[]>;

/** Runs a scan whenever the job or settings change (or `revision` does), with progress and cancel. */
export function useEchoScan(job: ArticleJob | null, settings: EchoSettings, revision: unknown) {
  const key = job ? JSON.stringify([job, settings, revision]) : null;
  return useScan(key, (onProgress, signal) =>
    job ? scanEchoes(job, settings, onProgress, signal) : Promise.resolve([]),
  );
}
