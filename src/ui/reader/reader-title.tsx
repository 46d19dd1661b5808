import { useState } from 'react';
import { updateArticle } from '../../db/articles';
import { useWrite } from '../common/use-write';
import { archive } from '../data/archive';

/** The article's title, which the person can correct in place (Enter saves, Escape cancels). */
export function ReaderTitle({ id, title }: { id: string; title: string }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(title);
  const [failed, setFailed] = useState(false);
  const write = useWrite();
  const save = (): void => {
    setEditing(false);
    if (draft.trim() === title || !draft.trim()) return;
    void write('saving the title', () => updateArticle(archive(), id, { title: draft })).then(
      (stored) => setFailed(!stored),
    );
  };
  if (editing)
    return (
      <form
        className="reader-title-form"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <input
          className="reader-title-input"
          aria-label="Title"
          value={draft}
          // The person asked to edit: the field they asked for takes the focus.
          autoFocus
          onChange={(event) => setDraft(event.target.value)}
          onBlur={save}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              setDraft(title);
              setEditing(false);
            }
          }}
        />
      </form>
    );
  return (
    <div className="reader-title-row">
      <h2 className="reader-title">{title || 'Untitled'}</h2>
      <button
        type="button"
        className="link-button muted"
        onClick={() => {
          setDraft(title);
          setEditing(true);
        }}
      >
        Edit title
      </button>
      {failed && (
        <span role="alert" className="muted">
          The title could not be saved.
        </span>
      )}
    </div>
  );
}
