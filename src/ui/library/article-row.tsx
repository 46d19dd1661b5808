import { memo } from 'react';
import { HighlightedText } from './highlighted-text';
import { rowMeta, type LibraryRow } from './library-row';
import { percentOf } from '../common/percent';

/**
 * One article in the library: select box, title (opens it), source, date, tags, and a line of
 * text under them: the search snippet while searching, else the article's opening words.
 * The row itself is the list's option (article-list.tsx): its box and title are for the pointer
 * and are no Tab stops of their own.
 */
export const ArticleRow = memo(function ArticleRow({
  row,
  describedBy,
  lede,
  selected,
  hasVersions,
  reuse,
  mark,
  onToggle,
  onOpen,
}: {
  row: LibraryRow;
  /** Id prefix of the parts the row's option is described by. */
  describedBy: string;
  /** The article's opening words, once read (none while searching: the snippet shows). */
  lede?: string | undefined;
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
  return (
    <div className={`article-row${selected ? ' selected' : ''}`}>
      <input
        type="checkbox"
        tabIndex={-1}
        checked={selected}
        aria-label={`Select ${article.title}`}
        onChange={() => undefined}
        onClick={(event) => onToggle(article.id, event.shiftKey)}
      />
      <div className="article-row-body">
        <button
          type="button"
          tabIndex={-1}
          className="article-title link-button"
          // A long title is clipped to the row's one line: the whole of it shows on hover.
          title={article.title || undefined}
          onClick={() => onOpen(article.id)}
        >
          {row.title ? <HighlightedText value={row.title} /> : article.title || 'Untitled'}
        </button>
        <p className="article-meta">
          {rowMeta(article, hasVersions)}
          <span id={`${describedBy}-badges`}>
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
                title={`${percentOf(reuse)} of its words appear in other articles`}
              >
                {percentOf(reuse)} reused
              </span>
            )}
            {article.tags.map((tag) => (
              <span key={tag} className="tag">
                {tag}
              </span>
            ))}
          </span>
        </p>
        {row.snippet ? (
          <p className="article-snippet" id={`${describedBy}-text`}>
            <HighlightedText value={row.snippet} />
          </p>
        ) : (
          <p className="article-lede" id={`${describedBy}-text`}>
            {lede}
          </p>
        )}
      </div>
    </div>
  );
});
