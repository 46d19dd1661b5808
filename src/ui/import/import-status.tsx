import type { ImportState } from './import-state';
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
        <p>The import stopped: {state.message}</p>
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    );
  if (state.kind === 'finished') return <ImportSummary state={state} onDismiss={onDismiss} />;
  return (
    <div className="import-status" role="status">
      <label className="import-progress">
        <span>
          Importing {state.done} of {state.total}
          {state.label && <span className="muted"> — {state.label}</span>}
        </span>
        <progress max={state.total} value={state.done} aria-label="Import progress" />
      </label>
      <button type="button" onClick={onCancel}>
        Cancel import
      </button>
    </div>
  );
}
