import type { ImportActions } from './import-actions';

/** Import buttons for the library toolbar. */
export function ImportButtons({ actions, busy }: { actions: ImportActions; busy: boolean }) {
  return (
    <div className="import-buttons" role="group" aria-label="Import">
      <button
        type="button"
        className="primary"
        onClick={actions.importFiles}
        disabled={busy}
        aria-keyshortcuts="Control+O"
      >
        Import files…
      </button>
      <button
        type="button"
        onClick={actions.importFolder}
        disabled={busy}
        aria-keyshortcuts="Control+Shift+O"
      >
        Import folder…
      </button>
      <button
        type="button"
        onClick={actions.importUrl}
        disabled={busy}
        aria-keyshortcuts="Control+L"
      >
        Import URL…
      </button>
    </div>
  );
}
