import type { ScanState } from './use-scan';

/** A scan's progress bar and Cancel, or why it stopped. */
export function ScanProgressBar({
  state,
  onCancel,
  onRerun,
}: {
  state: ScanState<unknown>;
  onCancel: () => void;
  onRerun: () => void;
}) {
  if (state.kind === 'done') return null;
  if (state.kind === 'running') {
    const progress = state.progress;
    return (
      <div className="scan-progress" role="status">
        <span>
          {progress
            ? `${progress.phase} ${progress.done} of ${progress.total}`
            : 'Looking for echoes…'}
        </span>
        <progress
          aria-label="Echo scan progress"
          {...(progress && progress.total > 0 ? { max: progress.total, value: progress.done } : {})}
        />
        <button type="button" onClick={onCancel}>
          Cancel scan
        </button>
      </div>
    );
  }
  return (
    <div className="scan-progress" role="status">
      <span>
        {state.kind === 'cancelled' ? 'Scan cancelled.' : `The scan failed: ${state.message}`}
      </span>
      <button type="button" onClick={onRerun}>
        Scan again
      </button>
    </div>
  );
}
