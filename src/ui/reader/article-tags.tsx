import { updateArticle } from '../../db/articles';
import { TagInput } from '../common/tag-input';
import { useWrite } from '../common/use-write';
import { archive } from '../data/archive';

/** The article's tags: remove one with its ×, add one by typing it. */
export function ArticleTags({ id, tags }: { id: string; tags: readonly string[] }) {
  const write = useWrite();
  const save = (next: readonly string[]): void =>
    void write('saving the tags', () => updateArticle(archive(), id, { tags: next }));
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
      <TagInput
        onAdd={(tag) => save([...tags, tag])}
        placeholder="Add a tag"
        label="Add a tag"
        submitLabel="Add"
      />
    </div>
  );
}
