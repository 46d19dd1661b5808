import { undated } from '../../core/extract/parse-instant';
import type { ArticleRecord } from '../../db/records';
import { useHost } from '../host-context';
import { formatDate } from '../library/library-row';

/** The article's facts above its text: source, byline, dates, length, link to the original. */
export function ReaderMeta({ article }: { article: ArticleRecord }) {
  const host = useHost();
  const facts = [
    article.source,
    article.byline,
    article.publishedAt !== undated && `published ${formatDate(article.publishedAt, true)}`,
    `imported ${formatDate(article.importedAt)}`,
    `${article.wordCount} words`,
  ].filter(Boolean);
  return (
    <header className="reader-meta">
      <h2 className="reader-title">{article.title || 'Untitled'}</h2>
      <p className="muted">
        {facts.join(' · ')}
        {article.url && (
          <>
            {' · '}
            <button
              type="button"
              className="link-button link"
              onClick={() => void host.openExternal(article.url)}
            >
              original page
            </button>
          </>
        )}
      </p>
    </header>
  );
}
