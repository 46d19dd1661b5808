import { describe, expect, it } from 'vitest';
import type { Cluster, ClusterPassage } from '../../core/model';
import type { ArticleFacts } from '../../db/cluster-store';
import { CLUSTER_PASSAGE_LIMIT, listClusters } from '../../workers/listed-clusters';
import { toClusterRecords } from '../data/to-cluster-records';
import { clusterFirsts, describeCluster } from './cluster-words';

// A wire story printed by 1,500 papers on one day (each paper's article holding it twice): more
// ties for "first" than the scan's CLUSTER_PASSAGE_LIMIT lists copies: the even papers state 06:00,
// the odd ones give the day alone, so none can be ordered before another (first-printers.ts).
// Every paper must still be named among the first printers, and the words must say the tie.
const papers = 1_500;
const day = Date.UTC(2026, 2, 3);
const passages: ClusterPassage[] = Array.from({ length: 2 * papers }, (_, i) => ({
  doc: `a${Math.floor(i / 2)}`,
  start: (i % 2) * 500,
  end: (i % 2) * 500 + 300,
  similarity: 1,
}));
const cluster: Cluster = {
  id: 'a0:0-300',
  kind: 'across',
  passages,
  representative: 0,
  origin: 0,
  size: passages.length,
  similarity: 1,
  words: 50,
  sources: papers,
  boilerplate: false,
};
const facts = new Map<string, ArticleFacts>(
  Array.from({ length: papers }, (_, n) => [
    `a${n}`,
    {
      source: `Paper ${n}`,
      // One stated time, or the date alone (stored as its midnight UTC).
      publishedAt: n % 2 === 0 ? day + 6 * 3_600_000 : day,
      modifiedAt: 0,
      importedAt: day + 30 * 86_400_000,
      storyId: `s${n}`,
    },
  ]),
);

describe('1,500 papers tied for first', () => {
  it('are all named, past the copies a scan lists', () => {
    expect(passages.length).toBeGreaterThan(CLUSTER_PASSAGE_LIMIT);
    const [record] = toClusterRecords(listClusters([cluster]), facts, new Map());
    if (!record) throw new Error('no record');
    const first = clusterFirsts(record)?.first ?? [];
    expect(new Set(first.map((p) => p.source)).size).toBe(papers);
    expect(describeCluster(record)).toContain(
      'first: Paper 0 at 06:00 UTC, Paper 2 at 06:00 UTC, Paper 4 at 06:00 UTC and 1,497 others, all 3 Mar 2026',
    );
  });
});
