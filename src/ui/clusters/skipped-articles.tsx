import type { SkippedArticleRecord } from '../../db/cluster-records';
import { formatRoute } from '../shell/route';
import { skipReason, skippedHeadline } from './skipped-words';

/**
 * The articles an archive-wide scan had to leave out, each named with why and a link to it: the
 * scan finished for the rest, and the person knows which article to look at.
 */
export function SkippedArticles({
  skipped,
  onOpen,
}: {
  skipped: readonly SkippedArticleRecord[];
  onOpen: (articleId: string) => void;
}) {
  if (skipped.length === 0) return null;
  const titles = new Map(skipped.map((s) => [s.articleId, s.title]));
  const titleOf = (id: string): string => titles.get(id) ?? '';
  return (
    <section className="skipped-articles" role="alert" aria-label="Skipped articles">
      <p>
        <strong>{skippedHeadline(skipped.length)}</strong>; the rest of the archive was scanned.
      </p>
      <ul>
        {skipped.slice(0, 20).map((skip) => (
          <li key={skip.articleId}>
            <a
              href={formatRoute({ kind: 'reader', articleId: skip.articleId })}
              onClick={(event) => {
                event.preventDefault();
                onOpen(skip.articleId);
              }}
            >
              {skip.title || 'Untitled article'}
            </a>{' '}
            — {skipReason(skip, titleOf)}
          </li>
        ))}
      </ul>
      {skipped.length > 20 && <p className="muted">and {skipped.length - 20} more.</p>}
    </section>
  );
}
