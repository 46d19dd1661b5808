import { describe, expect, it } from 'vitest';
import type { ClusterPassageRecord, ClusterRecord } from '../../db/cluster-records';
import { defaultClusterFilters, selectClusters } from './cluster-filters';
import { describeCluster } from './cluster-words';

const at = (date: string): number => Date.parse(`${date}T00:00:00Z`);

function cluster(
  id: string,
  passages: readonly (readonly [string, string, string])[],
  extra: Partial<ClusterRecord> = {},
): ClusterRecord {
  const records: ClusterPassageRecord[] = passages.map(([doc, source, date], i) => ({
    doc,
    start: i * 10,
    end: i * 10 + 8,
    similarity: i === 0 ? 1 : 0.9,
    source,
    date: at(date),
    imported: false,
  }));
  return {
    id,
    kind: 'across',
    passages: records,
    representative: 0,
    origin: 0,
    size: records.length,
    similarity: 0.9,
    words: 30,
    sources: new Set(passages.map((p) => p[1])).size,
    boilerplate: false,
    articles: new Set(passages.map((p) => p[0])).size,
    excerpt: 'text',
    ...extra,
  };
}

const wire = cluster('wire', [
  ['a', 'Ledger', '2026-03-02'],
  ['b', 'Post', '2026-03-03'],
  ['c', 'Post', '2026-03-04'],
  ['d', 'Courier', '2026-03-05'],
  ['e', 'Gazette', '2026-03-06'],
]);
const footer = cluster(
  'footer',
  [
    ['f', 'Gazette', '2026-01-01'],
    ['g', 'Gazette', '2026-01-02'],
    ['h', 'Gazette', '2026-01-03'],
  ],
  { boilerplate: true, words: 12 },
);
const pair = cluster(
  'pair',
  [
    ['x', 'Ledger', '2025-12-01'],
    ['x', 'Ledger', '2025-12-01'],
  ],
  { kind: 'within', similarity: 0.6, words: 80 },
);
const all = [pair, footer, wire];
const ids = (list: readonly ClusterRecord[]): string[] => list.map((c) => c.id);

describe('selectClusters', () => {
  it('hides boilerplate until asked, and orders by copies, strength or first printing', () => {
    expect(ids(selectClusters(all, defaultClusterFilters, 'copies'))).toEqual(['wire', 'pair']);
    const shown = { ...defaultClusterFilters, showBoilerplate: true };
    expect(ids(selectClusters(all, shown, 'copies'))).toEqual(['wire', 'footer', 'pair']);
    expect(ids(selectClusters(all, shown, 'strength'))).toEqual(['wire', 'pair', 'footer']);
    expect(ids(selectClusters(all, shown, 'earliest'))).toEqual(['pair', 'footer', 'wire']);
  });

  it('filters by kind, source, date range, copies and similarity', () => {
    const shown = { ...defaultClusterFilters, showBoilerplate: true };
    const pick = (f: Partial<typeof shown>): string[] =>
      ids(selectClusters(all, { ...shown, ...f }, 'copies'));
    expect(pick({ kind: 'within' })).toEqual(['pair']);
    expect(pick({ source: 'Post' })).toEqual(['wire']);
    expect(pick({ from: '2026-01-02', to: '2026-01-31' })).toEqual(['footer']);
    expect(pick({ minCopies: 4 })).toEqual(['wire']);
    expect(pick({ minSimilarity: 70 })).toEqual(['wire', 'footer']);
  });

  it('filters on the similarity as shown: 99.6% is 99%, not the 100% of identical copies', () => {
    const nearly = cluster(
      'nearly',
      [
        ['x', 'Ledger', '2026-03-02'],
        ['y', 'Post', '2026-03-03'],
      ],
      {
        similarity: (16 + 4 * 0.98) / 20,
      },
    );
    const same = cluster(
      'same',
      [
        ['x', 'Ledger', '2026-03-02'],
        ['z', 'Star', '2026-03-03'],
      ],
      {
        similarity: 1,
      },
    );
    const pick = (minSimilarity: number): string[] =>
      ids(selectClusters([nearly, same], { ...defaultClusterFilters, minSimilarity }, 'copies'));
    expect(pick(100)).toEqual(['same']);
    expect(pick(99).sort()).toEqual(['nearly', 'same']);
  });
});

describe('describeCluster', () => {
  it('says how many copies in how many sources, and who printed it first, when', () => {
    expect(describeCluster(wire)).toBe('5 copies in 4 sources, first on 2 Mar 2026 by Ledger');
    expect(describeCluster(pair)).toBe('2 copies in one article, first on 1 Dec 2025 by Ledger');
  });

  it('names every paper of the earliest day when several printed it first, one name each', () => {
    const tied = cluster('tied', [
      ['t', 'The Times', '2026-03-03'],
      ['g', 'The Guardian', '2026-03-03'],
      ['t2', 'thetimes.example', '2026-03-03'],
      ['p', 'Post', '2026-03-04'],
    ]);
    expect(describeCluster({ ...tied, sources: 3 })).toBe(
      '4 copies in 3 sources, first: The Times and The Guardian, both 3 Mar 2026',
    );
    // A stated time ties with the dates given alone that day (they cannot be ordered against it),
    // and the words say which is which; an unknown source is named as such.
    const hours = cluster('hours', [
      ['a', 'Ledger', '2026-03-02'],
      ['b', '', '2026-03-02'],
      ['c', 'Post', '2026-03-02'],
    ]);
    const [ledger, unknown, post] = hours.passages as [
      ClusterPassageRecord,
      ClusterPassageRecord,
      ClusterPassageRecord,
    ];
    const later = { ...post, date: post.date + 20 * 3_600_000 };
    expect(describeCluster({ ...hours, passages: [ledger, unknown, later], sources: 3 })).toBe(
      '3 copies in 2 sources and 1 article of unknown source, first: Post at 20:00 UTC, Ledger (no time given) and an article of unknown source (no time given), all 2 Mar 2026',
    );
    // Stated times on one day are ordered: the earliest is first alone, and its time is said.
    const six = { ...ledger, date: ledger.date + 6 * 3_600_000 };
    const nine = { ...post, date: post.date + 9 * 3_600_000 };
    expect(describeCluster({ ...hours, passages: [nine, six], sources: 2 })).toBe(
      '3 copies in 2 sources, first on 2 Mar 2026, 06:00 UTC by Ledger',
    );
  });

  it('says articles with no known source as such, not as sources', () => {
    const unnamed = cluster('unnamed', [
      ['a', '', '2026-03-02'],
      ['a', '', '2026-03-02'],
      ['b', '', '2026-03-03'],
    ]);
    // The engine counts each unnamed article as a source of its own.
    expect(describeCluster({ ...unnamed, sources: 2 })).toBe(
      '3 copies in 2 articles of unknown source, first on 2 Mar 2026',
    );
    const mixed = cluster('mixed', [
      ['a', 'Ledger', '2026-03-02'],
      ['b', '', '2026-03-03'],
      ['c', 'Post', '2026-03-04'],
    ]);
    expect(describeCluster({ ...mixed, sources: 3 })).toBe(
      '3 copies in 2 sources and 1 article of unknown source, first on 2 Mar 2026 by Ledger',
    );
  });
});
