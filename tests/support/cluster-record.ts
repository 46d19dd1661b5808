import type { ClusterRecord } from '../../src/db/cluster-records';

/** A stored cluster of these copies ([article, start, end]), undated, for the scan's tests. */
export const clusterRecord = (
  id: string,
  copies: readonly (readonly [string, number, number])[],
): ClusterRecord => ({
  id,
  kind: 'across',
  passages: copies.map(([doc, start, end]) => ({
    doc,
    start,
    end,
    similarity: 1,
    source: '',
    date: 0,
    imported: true,
  })),
  representative: 0,
  origin: 0,
  size: copies.length,
  similarity: 1,
  words: 8,
  sources: copies.length,
  boilerplate: false,
  articles: new Set(copies.map(([doc]) => doc)).size,
  excerpt: id,
});
