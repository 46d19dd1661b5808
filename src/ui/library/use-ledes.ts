import { useEffect, useState } from 'react';
import type { ArticleSummary } from '../../db/query-types';
import { archive } from '../data/archive';
import { readLedesOff } from '../data/derive-link';

// Ledes read so far, by article and text (a new version's text has another hash): scrolling
// back, or a refresh of the window during an import, reads nothing again.
const known = new Map<string, string>();
const keyOf = (article: ArticleSummary): string => `${article.id}\n${article.contentHash}`;
/** About a thousand rows' worth of lines; past it the oldest go first. */
const mostKnown = 5000;

function remember(key: string, lede: string): void {
  known.set(key, lede);
  if (known.size > mostKnown) {
    const oldest = known.keys().next();
    if (!oldest.done) known.delete(oldest.value);
  }
}

/**
 * The opening words of these articles (their rows' second line when no search runs), by id,
 * read off the page's thread once `ready` (after the first rows are shown: at 100,000 articles
 * the first screen's reads come first). Rows whose lede is not read yet show none.
 */
export function useLedes(
  articles: readonly ArticleSummary[],
  ready: boolean,
): (article: ArticleSummary) => string | undefined {
  const [, setRead] = useState(0);
  const missing = ready ? articles.filter((article) => !known.has(keyOf(article))) : [];
  const wanted = missing.map(keyOf).join('\t');
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    const keys = wanted.split('\t');
    const ids = keys.map((key) => key.slice(0, key.indexOf('\n')));
    readLedesOff(archive(), ids).then(
      (ledes) => {
        keys.forEach((key, i) => remember(key, ledes.get(ids[i] ?? '') ?? ''));
        if (current) setRead((n) => n + 1);
      },
      // A row without its opening words is still a whole row; the next window asks again.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [wanted]);
  return (article) => known.get(keyOf(article));
}
