import { updateArticle } from '../../db/articles';
import { describeSaveState, useAutosave, useDraft } from '../common/use-autosave';
import { noteDraftKey } from '../common/kept-drafts';
import { useWrite } from '../common/use-write';
import { archive } from '../data/archive';

/** A free-text note on the article, saved as you type (remount it for another article). */
export function ArticleNote({ id, note }: { id: string; note: string }) {
  const key = noteDraftKey(id);
  const [draft, setDraft] = useDraft(key, note);
  const write = useWrite();
  const { state, flush } = useAutosave(key, draft, note, (value) =>
    write('saving the note', () => updateArticle(archive(), id, { note: value })),
  );
  return (
    <div className="article-note field">
      <h3 id="note-title">
        Note{' '}
        <span className="save-state muted" role="status" aria-label="Note saved state">
          {describeSaveState(state)}
        </span>
      </h3>
      <textarea
        rows={4}
        value={draft}
        aria-label="Note on this article"
        placeholder="Why it matters, where it came from…"
        onChange={(event) => setDraft(event.target.value)}
        onBlur={flush}
      />
    </div>
  );
}
