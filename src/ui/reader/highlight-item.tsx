import { useMemo } from 'react';
import { deleteAnnotation, updateAnnotation } from '../../db/annotations';
import { CompareFragments } from '../compare/compare-fragments';
import { sideFragments } from '../compare/fragments';
import { describeSaveState, useAutosave, useDraft } from '../common/use-autosave';
import { useWrite } from '../common/use-write';
import { archive } from '../data/archive';
import type { PlacedHighlight } from './use-highlights';

const stateWords = {
  unchanged: 'unchanged in this version',
  edited: 'edited in this version',
  gone: 'gone from this version',
} as const;

/** One highlight in the reader's list: its quote, what became of it here, and its comment. */
export function HighlightItem({
  placed,
  onShow,
}: {
  placed: PlacedHighlight;
  onShow: (id: string, at?: number) => void;
}) {
  const { annotation, result, own, madeOn } = placed;
  const exact = annotation.target.selector[0].exact;
  const key = `comment:${annotation.id}`;
  const [draft, setDraft] = useDraft(key, annotation.comment);
  const write = useWrite();
  const save = useAutosave(key, draft, annotation.comment, (comment) =>
    write('saving the comment', () => updateAnnotation(archive(), annotation.id, { comment })),
  );
  const diff = useMemo(
    () =>
      result.state === 'edited'
        ? {
            was: sideFragments(result.diff, exact, 'a', false),
            now: sideFragments(result.diff, result.now, 'b', false),
          }
        : null,
    [result, exact],
  );
  return (
    <li
      className={`highlight-item note-${annotation.colour}`}
      data-state={result.state}
      aria-label={`Highlight: ${exact.slice(0, 60)}`}
    >
      {!own && (
        <p className={`highlight-state state-${result.state}`}>
          Made on version {madeOn} · <strong>{stateWords[result.state]}</strong>
        </p>
      )}
      {diff ? (
        <div className="highlight-diff">
          <p>
            <span className="muted">Was: </span>
            <CompareFragments fragments={diff.was} />
          </p>
          <p>
            <span className="muted">Now: </span>
            <CompareFragments fragments={diff.now} />
          </p>
        </div>
      ) : (
        <blockquote className="highlight-quote">
          {result.state === 'gone' ? <s>{exact}</s> : exact}
        </blockquote>
      )}
      <textarea
        rows={2}
        value={draft}
        aria-label="Comment on this highlight"
        placeholder="Add a comment…"
        onChange={(event) => setDraft(event.target.value)}
        onBlur={save.flush}
      />
      <p className="highlight-actions">
        <span className="muted save-state">{describeSaveState(save.state)}</span>
        {result.state !== 'gone' && (
          <button
            type="button"
            className="link-button"
            onClick={() => onShow(annotation.id, result.span.start)}
          >
            Show in text
          </button>
        )}
        <button
          type="button"
          className="link-button"
          onClick={() =>
            void write('removing the highlight', () => deleteAnnotation(archive(), annotation.id))
          }
        >
          Remove
        </button>
      </p>
    </li>
  );
}
