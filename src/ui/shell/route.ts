import type { Passage, Span } from '../../core/model';

/** Where the app is: one screen and what it shows. Kept in the URL hash so reload and Back work. */
export type Route =
  | { readonly kind: 'library' }
  /** `at`: a passage to show (a copy opened from its cluster), scrolled to and marked. */
  | { readonly kind: 'reader'; readonly articleId: string; readonly at?: Span }
  | { readonly kind: 'compare-passages'; readonly a: Passage; readonly b: Passage }
  | { readonly kind: 'compare-articles'; readonly a: string; readonly b: string }
  | { readonly kind: 'echoes' }
  | { readonly kind: 'highlights' }
  /** The cluster (collation view) holding this passage; `from` passim: among the imported. */
  | { readonly kind: 'cluster'; readonly at: Passage; readonly from?: 'passim' }
  | { readonly kind: 'versions'; readonly articleId: string }
  /** The watched feeds and pages. */
  | { readonly kind: 'sources' };

const passagePart = (p: Passage): string => `${encodeURIComponent(p.doc)}/${p.start}-${p.end}`;

function parsePassage(doc: string | undefined, range: string | undefined): Passage | null {
  const match = /^(\d+)-(\d+)$/.exec(range ?? '');
  if (!doc || !match) return null;
  return { doc: decodeURIComponent(doc), start: Number(match[1]), end: Number(match[2]) };
}

/** The hash for a route, e.g. `#/article/abc`. */
export function formatRoute(route: Route): string {
  switch (route.kind) {
    case 'library':
      return '#/';
    case 'reader':
      return `#/article/${encodeURIComponent(route.articleId)}${route.at ? `/${route.at.start}-${route.at.end}` : ''}`;
    case 'compare-passages':
      return `#/compare/${passagePart(route.a)}/${passagePart(route.b)}`;
    case 'compare-articles':
      return `#/compare-articles/${encodeURIComponent(route.a)}/${encodeURIComponent(route.b)}`;
    case 'echoes':
      return '#/echoes';
    case 'highlights':
      return '#/highlights';
    case 'sources':
      return '#/sources';
    case 'cluster':
      return `#/cluster/${route.from ? `${route.from}/` : ''}${passagePart(route.at)}`;
    case 'versions':
      return `#/versions/${encodeURIComponent(route.articleId)}`;
  }
}

/** The route a hash names; anything unknown is the library. */
export function parseRoute(hash: string): Route {
  const [name, ...rest] = hash.replace(/^#\/?/, '').split('/');
  const id = rest[0] ? decodeURIComponent(rest[0]) : '';
  if (name === 'article' && id) {
    // The raw part: parsePassage decodes it itself, and decoding `id` again throws on a '%'.
    const at = parsePassage(rest[0], rest[1]);
    return at
      ? { kind: 'reader', articleId: id, at: { start: at.start, end: at.end } }
      : { kind: 'reader', articleId: id };
  }
  if (name === 'versions' && id) return { kind: 'versions', articleId: id };
  if (name === 'echoes') return { kind: 'echoes' };
  if (name === 'highlights') return { kind: 'highlights' };
  if (name === 'sources') return { kind: 'sources' };
  if (name === 'cluster') {
    const passim = rest[0] === 'passim' && rest.length === 3;
    const at = passim ? parsePassage(rest[1], rest[2]) : parsePassage(rest[0], rest[1]);
    if (at) return passim ? { kind: 'cluster', at, from: 'passim' } : { kind: 'cluster', at };
  }
  if (name === 'compare-articles' && id && rest[1])
    return { kind: 'compare-articles', a: id, b: decodeURIComponent(rest[1]) };
  if (name === 'compare') {
    const a = parsePassage(rest[0], rest[1]);
    const b = parsePassage(rest[2], rest[3]);
    if (a && b) return { kind: 'compare-passages', a, b };
  }
  return { kind: 'library' };
}
