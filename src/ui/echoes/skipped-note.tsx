import type { SkippedArticle } from '../../workers/skipped-articles';

const why: { readonly [K in SkippedArticle['reason']]: string } = {
  damaged:
    'its stored echo data is damaged; open the article, or rebuild derived data, to make it again',
  unreadable: 'its text could not be prepared for comparison (it may be too large or unusual)',
  pair: 'comparing it with another article failed; the rest of it was scanned',
};

/** Names the articles an archive-wide scan left out, and why; the scan's results stand. */
export function SkippedNote({
  skipped,
  titles,
}: {
  skipped: readonly SkippedArticle[];
  titles: ReadonlyMap<string, string>;
}) {
  if (skipped.length === 0) return null;
  const named = (id: string | undefined): string => (id && titles.get(id)) || 'an article';
  return (
    <div className="scan-skipped" role="status" aria-label="Articles left out of the scan">
      <p>
        {skipped.length === 1
          ? 'One article was left out of this scan; every other article was scanned:'
          : `${skipped.length} articles were left out of this scan; every other article was scanned:`}
      </p>
      <ul>
        {skipped.map((s) => (
          <li key={`${s.id}/${s.other ?? ''}`}>
            <strong>{named(s.id)}</strong>
            {s.reason === 'pair' ? ` (with “${named(s.other)}”)` : ''}: {why[s.reason]}.
          </li>
        ))}
      </ul>
    </div>
  );
}
