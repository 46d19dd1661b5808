import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { searchAnnotations } from '../../db/annotations';
import { getArticles } from '../../db/articles';
import type { AnnotationRecord } from '../../db/records';
import { archive } from '../data/archive';
import { formatDate } from '../library/library-row';
import type { Route } from '../shell/route';
import { useDocumentTitle } from '../shell/use-document-title';
import './highlights.css';

/**
 * The reader opened at a highlight: its position selector's span, which the reader scrolls to and
 * outlines, so a highlight far down a long article is found without hunting for it.
 */
function readerAt(annotation: AnnotationRecord): Route {
  const { start, end } = annotation.target.selector[1];
  return { kind: 'reader', articleId: annotation.articleId, at: { start, end } };
}

/** Every highlight in the archive, newest first, searchable by its words and its comment. */
export function HighlightsView({ navigate }: { navigate: (route: Route) => void }) {
  const [query, setQuery] = useState('');
  useDocumentTitle('Highlights');
  const found = useLiveQuery(async () => {
    const annotations = await searchAnnotations(archive(), query);
    const ids = [...new Set(annotations.map((a) => a.articleId))];
    const articles = await getArticles(archive(), ids);
    const titles = new Map(articles.flatMap((a) => (a ? [[a.id, a.title] as const] : [])));
    return annotations.map((annotation) => ({
      annotation,
      title: titles.get(annotation.articleId),
    }));
  }, [query]);
  return (
    <section className="highlights-view" aria-labelledby="all-highlights-title">
      <h2 id="all-highlights-title">Highlights</h2>
      <input
        type="search"
        aria-label="Search highlights"
        placeholder="Search highlights and comments"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {found && (
        <p className="muted" role="status">
          {found.length === 1 ? 'One highlight' : `${found.length} highlights`}
          {query ? ' match' : ''}
        </p>
      )}
      <ul>
        {(found ?? []).map(({ annotation, title }) => (
          <li key={annotation.id} className={`highlight-item note-${annotation.colour}`}>
            <blockquote className="highlight-quote">
              {annotation.target.selector[0].exact}
            </blockquote>
            {annotation.comment && <p>{annotation.comment}</p>}
            <p className="muted">
              {title === undefined ? (
                'from an article no longer in the archive'
              ) : (
                <button
                  type="button"
                  className="link-button link"
                  onClick={() => navigate(readerAt(annotation))}
                >
                  {title || 'Untitled'}
                </button>
              )}{' '}
              · {formatDate(Date.parse(annotation.updatedAt))}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
