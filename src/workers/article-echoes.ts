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
