import { TagInput } from '../common/tag-input';

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
  return (
    <div className="selection-bar" role="toolbar" aria-label="Selected articles">
      <strong>{count} selected</strong>
      <button type="button" onClick={onCompare} disabled={count !== 2} title="Select exactly two">
        Compare the two
      </button>
      <button type="button" onClick={onLink} disabled={count < 2}>
        Link as versions
      </button>
      <TagInput
        onAdd={onTag}
        placeholder="tag"
        label="Tag to add to the selected articles"
        submitLabel="Add tag"
      />
      <button type="button" className="danger" onClick={onDelete}>
        Delete
      </button>
      <button type="button" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
