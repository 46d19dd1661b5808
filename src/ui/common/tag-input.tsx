import { useState } from 'react';

/** A one-line form that adds a tag: trims it, ignores blanks, clears itself after adding. */
export function TagInput({
  onAdd,
  placeholder,
  label,
  submitLabel,
}: {
  onAdd: (tag: string) => void;
  placeholder: string;
  label: string;
  submitLabel: string;
}) {
  const [draft, setDraft] = useState('');
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (draft.trim()) onAdd(draft.trim());
        setDraft('');
      }}
    >
      <input
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        placeholder={placeholder}
        aria-label={label}
      />
      <button type="submit" disabled={!draft.trim()}>
        {submitLabel}
      </button>
    </form>
  );
}
