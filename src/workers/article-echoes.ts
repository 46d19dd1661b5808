import { strongestFirst } from '../core/echoes/strength';
import type { Doc, Echo } from '../core/model';

/**
 * One article's echoes: within itself, and with the rest of the archive, where echoes with its
 * other versions are told apart (kind `version`). Each echo's side `a` is in the article when it
 * has one there.
 */
export function articleEchoes(
  doc: Doc,
  versionIds: readonly string[],
  find: { within: (doc: Doc) => readonly Echo[]; across: (doc: Doc) => readonly Echo[] },
): Echo[] {
  const versions = new Set(versionIds);
  const across = find.across(doc).map((echo): Echo => {
    const other = echo.a.doc === doc.id ? echo.b : echo.a;
    const own = echo.a.doc === doc.id ? echo.a : echo.b;
    return { ...echo, kind: versions.has(other.doc) ? 'version' : 'across', a: own, b: other };
  });
  return [...find.within(doc), ...across];
}

/**
 * The most echoes one article's scan sends to the page. An ordinary article has a few dozen; a
 * text of a few words at random has hundreds of thousands of chance 8-word matches with a copy of
 * itself (651,000 at 5 MB), and one sentence printed 58,000 times that many echoes of one cluster.
 * No one reads past the strongest few thousand, and copying, grouping and highlighting all of
 * them stalled the page; the rest are counted, not sent.
 */
export const ECHO_LIMIT = 5_000;

/** The strongest `limit` echoes, in the reader's order when cut, and how many were left out. */
export function strongestEchoes(
  echoes: Echo[],
  limit = ECHO_LIMIT,
): { echoes: Echo[]; omitted: number } {
  if (echoes.length <= limit) return { echoes, omitted: 0 };
  return {
    echoes: echoes.sort(strongestFirst).slice(0, limit),
    omitted: echoes.length - limit,
  };
}
