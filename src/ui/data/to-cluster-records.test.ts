import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../core/model';
import { clusterMetas, toClusterRecords } from './to-cluster-records';

const facts = new Map([
  ['a', { source: 'Ledger', publishedAt: Date.UTC(2026, 2, 2), importedAt: 5, storyId: 's1' }],
  ['b', { source: '', publishedAt: 0, importedAt: Date.UTC(2026, 3, 1), storyId: 's2' }],
]);

describe('toClusterRecords', () => {
  it('gives each passage its source and date, the import date when undated, and an excerpt', () => {
    const cluster: Cluster = {
      id: 'a:0-40',
      kind: 'across',
      passages: [
        { doc: 'a', start: 0, end: 40, similarity: 1 },
        { doc: 'b', start: 10, end: 50, similarity: 0.9 },
      ],
      representative: 0,
      origin: 0,
      size: 2,
      similarity: 0.9,
      words: 8,
      sources: 2,
      boilerplate: false,
    };
    const texts = new Map([['a', `${'word '.repeat(8).trim()} and the rest of it`]]);
    const [record] = toClusterRecords([cluster], facts, texts);
    expect(record?.passages.map((p) => [p.source, p.date, p.imported])).toEqual([
      ['Ledger', Date.UTC(2026, 2, 2), false],
      ['', Date.UTC(2026, 3, 1), true],
    ]);
    expect(record).toMatchObject({
      articles: 2,
      excerpt: 'word word word word word word word word',
    });
  });

  it('tells the engine only the dates an article has', () => {
    expect(clusterMetas(facts)).toEqual([
      { id: 'a', source: 'Ledger', story: 's1', publishedAt: Date.UTC(2026, 2, 2), importedAt: 5 },
      { id: 'b', source: '', story: 's2', importedAt: Date.UTC(2026, 3, 1) },
    ]);
  });
});
