import { useCallback, useEffect, useRef, useState } from 'react';
import type { Echo } from '../../core/model';
import type { EchoJob, EchoSettings } from '../../workers/echo-protocol';
import type { SkippedArticle } from '../../workers/skipped-articles';
import { sayFailure } from '../shell/failure-words';
import { scanEchoes, type ScanProgress } from './echo-client';

/** Where a scan is. */
export type ScanState =
  | { readonly kind: 'running'; readonly progress: ScanProgress | null }
  | {
      readonly kind: 'done';
      readonly echoes: readonly Echo[];
      readonly skipped: readonly SkippedArticle[];
    }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

const starting: ScanState = { kind: 'running', progress: null };

/** Runs a scan whenever the job or settings change (or `revision` does), with progress and cancel. */
export function useEchoScan(job: EchoJob | null, settings: EchoSettings, revision: unknown) {
  const [runs, setRuns] = useState(0);
  const key = JSON.stringify([job, settings, revision, runs]);
  // Results are tagged with the scan they belong to, so a new scan starts from "running".
  const [result, setResult] = useState<{ key: string; state: ScanState } | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => {
    const [parsed, parsedSettings] = JSON.parse(key) as [EchoJob | null, EchoSettings];
    if (!parsed) return;
    const abort = new AbortController();
    controller.current = abort;
    const report = (state: ScanState): void => setResult({ key, state });
    // A short pause lets a run of changes (typing a threshold) end in one scan, not one per key:
    // cancelling a scan in flight costs the worker its index.
    const timer = setTimeout(() => {
      scanEchoes(
        parsed,
        parsedSettings,
        (progress) => report({ kind: 'running', progress }),
        abort.signal,
      ).then(
        ({ echoes, skipped }) => report({ kind: 'done', echoes, skipped }),
        (error: unknown) =>
          report(
            abort.signal.aborted
              ? { kind: 'cancelled' }
              : { kind: 'failed', message: sayFailure(error, 'the echo scan') },
          ),
      );
    }, 150);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [key]);
  const cancel = useCallback(() => controller.current?.abort(), []);
  const rerun = useCallback(() => setRuns((n) => n + 1), []);
  return { state: result?.key === key ? result.state : starting, cancel, rerun };
}
