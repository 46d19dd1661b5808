import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from './route';

describe('routes in the URL hash', () => {
  it('round-trips every kind of route', () => {
    const routes: Route[] = [
      { kind: 'library' },
      { kind: 'reader', articleId: 'a/b c' },
      { kind: 'reader', articleId: 'a/b c', at: { start: 864, end: 1105 } },
      // Ids come from backups too, where any string is allowed: decoded once, not twice.
      { kind: 'reader', articleId: '50% off', at: { start: 3, end: 9 } },
      {
        kind: 'compare-passages',
        a: { doc: 'x', start: 3, end: 40 },
        b: { doc: 'y', start: 0, end: 9 },
      },
      { kind: 'compare-articles', a: 'one', b: 'two' },
      { kind: 'echoes' },
      { kind: 'highlights' },
      { kind: 'sources' },
      { kind: 'cluster', at: { doc: 'a/b', start: 10, end: 99 } },
      { kind: 'cluster', at: { doc: 'passim', start: 1, end: 9 } },
      { kind: 'cluster', at: { doc: 'passim', start: 1, end: 9 }, from: 'passim' },
      { kind: 'versions', articleId: 'v1' },
    ];
    for (const route of routes) expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('treats unknown or broken hashes as the library', () => {
    expect(parseRoute('')).toEqual({ kind: 'library' });
    expect(parseRoute('#/compare/x/oops/y/1-2')).toEqual({ kind: 'library' });
    expect(parseRoute('#/nowhere')).toEqual({ kind: 'library' });
    expect(parseRoute('#/cluster/x/1-')).toEqual({ kind: 'library' });
  });
});
