import { describe, expect, it } from 'vitest';
import { clusterParts, joinClusterParts } from './cluster-parts';
import type { ListedCluster } from './listed-clusters';
import type { ArticleReuse } from './reuse-shares';

const cluster = (id: string, copies: number): ListedCluster => ({
  id,
  kind: 'across',
  passages: Array.from({ length: copies }, (_, i) => ({
    doc: `${id}-${i}`,
    start: i,
    end: i + 50,
    similarity: 0.9,
  })),
  representative: 0,
  origin: 0,
  size: copies,
  similarity: 0.9,
  words: 12,
  sources: 2,
  boilerplate: false,
  articles: copies,
});
const row = (n: number, partners: number): ArticleReuse => ({
  articleId: `a${n}`,
  words: 100,
  reusedWords: 40,
  share: 0.4,
  partners: Array.from({ length: partners }, (_, k) => ({ articleId: `p${k}`, words: 40 })),
  partnerCount: partners,
});

const clusters = [cluster('small', 2), cluster('wire', 1_000), cluster('b', 30), cluster('c', 3)];
const reuse = Array.from({ length: 400 }, (_, n) => row(n, n % 21));

describe('clusterParts', () => {
  it('cuts the answer into parts of about so many copies that join back in order', () => {
    const parts = clusterParts(clusters, reuse, 500);
    expect(parts.length).toBeGreaterThan(3);
    expect(joinClusterParts(parts)).toEqual({ clusters, reuse });
    // A part stops once it holds the weight: at most one item past it.
    for (const part of parts) {
      const before =
        part.clusters.slice(0, -1).reduce((n, c) => n + c.passages.length + 1, 0) +
        part.reuse.slice(0, -1).reduce((n, r) => n + r.partners.length + 1, 0);
      expect(before).toBeLessThan(500);
    }
  });

  it('is one part when the answer is small or empty', () => {
    const few = reuse.slice(0, 100);
    expect(clusterParts(clusters, few)).toEqual([{ clusters, reuse: few }]);
    expect(clusterParts([], [])).toEqual([{ clusters: [], reuse: [] }]);
  });
});
