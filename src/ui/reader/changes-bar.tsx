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
  equivalentCount = 0,
}: {
  mode: MarkMode;
  onMode: (mode: MarkMode) => void;
  previous: ArticleRecord;
  versionNumber: number;
  changeCount: number;
  /** Edits of form only ("we’re" / "we are"): marked in the text, so said and keyed here. */
  equivalentCount?: number;
}) {
  return (
    <div className="changes-bar" role="group" aria-label="What the text shows">
      <p>
        {mode === 'changes' ? (
          <>
            Version {versionNumber}:{' '}
            <strong>{changeCount === 1 ? 'one change' : `${changeCount} changes`}</strong>
            {equivalentCount > 0 && <>, plus {formOnly(equivalentCount)}</>} since version{' '}
            {versionNumber - 1} ({versionLabel(previous)}).{' '}
            <span className="change-key">
              <mark className="change-mark change-inserted">added</mark>{' '}
              <mark className="change-mark change-changed">changed</mark>{' '}
              <del className="change-deleted">removed</del>{' '}
              <mark className="change-mark change-moved">moved</mark>
              {equivalentCount > 0 && (
                <>
                  {' '}
                  <mark className="change-mark change-equivalent">equivalent</mark> (same meaning,
                  other form)
                </>
              )}
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

// A silent edit of form only (a quote's "we’re" printed "we are") is still an edit a reader
// checking the quote wants to see: said apart from the changes of wording.
function formOnly(n: number): string {
  return n === 1 ? 'one edit of form only' : `${n} edits of form only`;
}
