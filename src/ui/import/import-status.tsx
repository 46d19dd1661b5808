import { useSyncExternalStore } from 'react';
import { backupHold } from '../../db/backup/backup-hold';
import type { ImportState } from './import-state';
import type { ProgressFeed } from './progress-feed';
import { ImportSummary } from './import-summary';
import './import.css';

/** The import progress bar with Cancel while a batch runs, then the batch's summary. */
export function ImportStatus({
  state,
  onCancel,
  onDismiss,
}: {
  state: ImportState;
  onCancel: () => void;
  onDismiss: () => void;
}) {
  if (state.kind === 'idle') return null;
  if (state.kind === 'error')
    return (
      <div className="import-status" role="alert">
        <p>{state.message}</p>
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    );
  if (state.kind === 'finished') return <ImportSummary state={state} onDismiss={onDismiss} />;
  return (
    <div className="import-status" role="status">
      <RunningImport total={state.total} feed={state.progress} />
      <button type="button" onClick={onCancel}>
        Cancel import
      </button>
    </div>
  );
}

/** The bar itself: the only part that re-renders as items are imported. */
function RunningImport({ total, feed }: { total: number; feed: ProgressFeed }) {
  const { done, label, waitingForBackup } = useSyncExternalStore(feed.subscribe, feed.current);
  // An export holds the archive's writes until its file is written: say so, not seem stuck.
  const waiting = useSyncExternalStore(backupHold.subscribe, backupHold.current);
  return (
    <label className="import-progress">
      <span>
        Importing {done} of {total}
        {label && <span className="muted"> — {label}</span>}
        {waiting && <span className="muted"> — waiting for the backup to be written</span>}
        {waitingForBackup && (
          <span className="muted">
            {' '}
            — waiting for the export in another window to be written, so that its backup is the
            archive of one moment; the import begins after it
          </span>
        )}
      </span>
      <progress max={total} value={done} aria-label="Import progress" />
    </label>
  );
}
