import { useState } from 'react';
import { updateArticle } from '../../db/articles';
import { archive } from '../data/archive';

/** A free-text note on the article, saved when the field loses focus (remount it for a new note). */
export function ArticleNote({ id, note }: { id: string; note: string }) {
  const [draft, setDraft] = useState(note);
  return (
    <label className="article-note field">
      <h3>Note</h3>
      <textarea
        rows={4}
        value={draft}
        aria-label="Note on this article"
        placeholder="Why it matters, where it came from…"
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => {
          if (draft !== note) void updateArticle(archive(), id, { note: draft });
        }}
      />
    </label>
  );
}
