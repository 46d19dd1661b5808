import type { ArticleJob, EchoSettings } from '../../workers/echo-protocol';
import { scanEchoes, type ArticleScan } from '../data/echo-client';
import { useScan, type ScanState as AnyScanState } from './use-scan';

/** Where an echo scan is. */
export type ScanState = AnyScanState<ArticleScan>;

const none: ArticleScan = { echoes: [], omitted: 0 };

/**
 * Runs a scan whenever the job or settings change (or `revision` does: give the article's content
 * hash, since the job's text is not compared), with progress and cancel.
 */
export function useEchoScan(job: ArticleJob | null, settings: EchoSettings, revision: unknown) {
  // The article's id and `revision` (its content hash) stand for its text: stringifying a 10 MB
  // text on every render of the reader cost tens of milliseconds each time.
  const key = job
    ? JSON.stringify([job.kind, job.doc.id, job.versionIds, settings, revision])
    : null;
  return useScan(key, (onProgress, signal) =>
    job ? scanEchoes(job, settings, onProgress, signal) : Promise.resolve(none),
  );
}
