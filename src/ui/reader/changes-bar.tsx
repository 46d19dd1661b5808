import type { ArticleRecord } from '../../db/records';
import { versionLabel } from '../versions/version-label';
import type { MarkMode } from './use-reader-marks';

/** Above a later version's text: what the marks show, and the switch between edits and echoes. */
export function ChangesBar({
  mode,
  onMode,
  previous,
  versionNumber,
  changeCount,
}: {
  mode: MarkMode;
  onMode: (mode: MarkMode) => void;
  previous: ArticleRecord;
  versionNumber: number;
  changeCount: number;
}) {
  return (
    <div className="changes-bar" role="group" aria-label="What the text shows">
      <p>
        {mode === 'changes' ? (
          <>
            Version {versionNumber}:{' '}
            <strong>{changeCount === 1 ? 'one change' : `${changeCount} changes`}</strong> since
            version {versionNumber - 1} ({versionLabel(previous)}).{' '}
            <span className="change-key">
              <mark className="change-mark change-inserted">added</mark>{' '}
              <mark className="change-mark change-changed">changed</mark>{' '}
              <del className="change-deleted">removed</del>{' '}
              <mark className="change-mark change-moved">moved</mark>
            </span>
          </>
        ) : (
          <>Version {versionNumber}: showing echoes.</>
        )}
      </p>
      <button type="button" onClick={() => onMode(mode === 'changes' ? 'echoes' : 'changes')}>
        {mode === 'changes' ? 'Show echoes instead' : 'Show what changed'}
      </button>
    </div>
  );
}
