import { undated } from '../../core/extract/parse-instant';
import type { ArticleRecord } from '../../db/records';
import { useHost } from '../host-context';
import { formatDate, formatWordCount } from '../library/library-row';
import { ReaderTitle } from './reader-title';
import { ArticleDetails } from './article-details';
import { EncodingChoice } from './encoding-choice';

/** The article's facts above its text: source, byline, dates, length, link to the original. */
export function ReaderMeta({ article }: { article: ArticleRecord }) {
  const host = useHost();
  const facts = [
    article.source,
    article.byline,
    article.publishedAt !== undated && `published ${formatDate(article.publishedAt, true)}`,
    `imported ${formatDate(article.importedAt)}`,
    formatWordCount(article.wordCount),
  ].filter(Boolean);
  return (
    <header className="reader-meta">
      <ReaderTitle key={article.title} id={article.id} title={article.title} />
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
      <ArticleDetails key={article.id} article={article} />
      <EncodingChoice article={article} />
    </header>
  );
}
