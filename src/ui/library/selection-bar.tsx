import { useState } from 'react';

/** Actions on the selected articles: compare two, tag, delete, clear the selection. */
export function SelectionBar({
  count,
  onCompare,
  onLink,
  onTag,
  onDelete,
  onClear,
}: {
  count: number;
  onCompare: () => void;
  onLink: () => void;
  onTag: (tag: string) => void;
  onDelete: () => void;
  onClear: () => void;
}) {
  const [tag, setTag] = useState('');
  return (
    <div className="selection-bar" role="toolbar" aria-label="Selected articles">
      <strong>{count} selected</strong>
      <button type="button" onClick={onCompare} disabled={count !== 2} title="Select exactly two">
        Compare the two
      </button>
      <button type="button" onClick={onLink} disabled={count < 2}>
        Link as versions
      </button>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (tag.trim()) onTag(tag.trim());
          setTag('');
        }}
      >
        <input
          value={tag}
          onChange={(event) => setTag(event.target.value)}
          placeholder="tag"
          aria-label="Tag to add to the selected articles"
        />
        <button type="submit" disabled={!tag.trim()}>
          Add tag
        </button>
      </form>
      <button type="button" className="danger" onClick={onDelete}>
        Delete
      </button>
      <button type="button" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
