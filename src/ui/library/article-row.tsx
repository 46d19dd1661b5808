import { memo } from 'react';
import { HighlightedText } from './highlighted-text';
import { formatDate, formatWordCount, type LibraryRow } from './library-row';

/** One article in the library: select box, title (opens it), source, date, tags, search snippet. */
export const ArticleRow = memo(function ArticleRow({
  row,
  selected,
  hasVersions,
  reuse,
  mark,
  onToggle,
  onOpen,
}: {
  row: LibraryRow;
  selected: boolean;
  hasVersions: boolean;
  /** Reuse share from the latest cluster scan, when the article has any. */
  reuse?: number | undefined;
  /** Brought in by a watched source and not opened yet: a new article, or a new version. */
  mark?: 'new' | 'changed' | undefined;
  onToggle: (id: string, range: boolean) => void;
  onOpen: (id: string) => void;
}) {
  const { article } = row;
  const date = formatDate(article.publishedAt) || `imported ${formatDate(article.importedAt)}`;
  return (
    <div className={`article-row${selected ? ' selected' : ''}`} role="listitem">
      <input
        type="checkbox"
        checked={selected}
        aria-label={`Select ${article.title}`}
        onChange={() => undefined}
        onClick={(event) => onToggle(article.id, event.shiftKey)}
      />
      <div className="article-row-body">
        <button
          type="button"
          className="article-title link-button"
          // A long title is clipped to the row's one line: the whole of it shows on hover.
          title={article.title || undefined}
          onClick={() => onOpen(article.id)}
        >
          {row.title ? <HighlightedText value={row.title} /> : article.title || 'Untitled'}
        </button>
        <p className="article-meta">
          {[article.source, date, formatWordCount(article.wordCount)].filter(Boolean).join(' · ')}
          {mark && (
            <span
              className={`tag watch-mark watch-${mark}`}
              title={
                mark === 'new'
                  ? 'New from a watched source'
                  : 'A watched article changed: opens what changed'
              }
            >
              {mark === 'new' ? 'new' : 'changed'}
            </span>
          )}
          {hasVersions && <span className="tag versions-badge">versions</span>}
          {reuse !== undefined && (
            <span
              className="tag reuse-share"
              title={`${Math.round(reuse * 100)}% of its words appear in other articles`}
            >
              {Math.round(reuse * 100)}% reused
            </span>
          )}
          {article.tags.map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
        </p>
        {row.snippet && (
          <p className="article-snippet">
            <HighlightedText value={row.snippet} />
          </p>
        )}
      </div>
    </div>
  );
});
