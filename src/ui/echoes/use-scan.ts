import { useCallback, useEffect, useRef, useState } from 'react';
import type { EchoScanProgress } from './echo-client';
import { sayFailure } from '../shell/failure-words';

/** Where a scan is; `result` once it is done. */
export type ScanState<T> =
  | { readonly kind: 'running'; readonly progress: EchoScanProgress | null }
  | { readonly kind: 'done'; readonly result: T }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

/** Runs a scan with progress. */
export type RunScan<T> = (
  onProgress: (progress: EchoScanProgress) => void,
  signal: AbortSignal,
) => Promise<T>;

const starting = { kind: 'running', progress: null } as const;

/**
 * Runs `run` whenever `key` changes (null: nothing to scan), with progress, cancel and rerun.
 * `key` names everything the scan depends on; `run` is read when the scan starts.
 */
export function useScan<T>(key: string | null, run: RunScan<T>) {
  const [runs, setRuns] = useState(0);
  const fullKey = key === null ? null : `${key}#${runs}`;
  // Results are tagged with the scan they belong to, so a new scan starts from "running".
  const [result, setResult] = useState<{ key: string; state: ScanState<T> } | null>(null);
  const controller = useRef<AbortController | null>(null);
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    if (fullKey === null) return;
    const abort = new AbortController();
    controller.current = abort;
    const report = (state: ScanState<T>): void => setResult({ key: fullKey, state });
    // A short pause lets a run of changes (typing a threshold) end in one scan, not one per key:
    // cancelling a scan in flight costs the worker its index.
    const timer = setTimeout(() => {
      latest
        .current((progress) => report({ kind: 'running', progress }), abort.signal)
        .then(
          (value) => report({ kind: 'done', result: value }),
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
  }, [fullKey]);
  const cancel = useCallback(() => controller.current?.abort(), []);
  const rerun = useCallback(() => setRuns((n) => n + 1), []);
  const state: ScanState<T> = result && result.key === fullKey ? result.state : starting;
  return { state, cancel, rerun };
}
