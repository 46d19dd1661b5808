import { useState } from 'react';
import { updateArticle } from '../../db/articles';
import { archive } from '../data/archive';

/** The article's tags: remove one with its ×, add one by typing it. */
export function ArticleTags({ id, tags }: { id: string; tags: readonly string[] }) {
  const [draft, setDraft] = useState('');
  const save = (next: readonly string[]): void => void updateArticle(archive(), id, { tags: next });
  return (
    <div className="article-tags">
      <h3>Tags</h3>
      <ul>
        {tags.map((tag) => (
          <li key={tag} className="tag">
            {tag}
            <button
              type="button"
              className="link-button"
              aria-label={`Remove tag ${tag}`}
              onClick={() => save(tags.filter((t) => t !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (draft.trim()) save([...tags, draft]);
          setDraft('');
        }}
      >
        <input
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          placeholder="Add a tag"
          aria-label="Add a tag"
        />
        <button type="submit" disabled={!draft.trim()}>
          Add
        </button>
      </form>
    </div>
  );
}
