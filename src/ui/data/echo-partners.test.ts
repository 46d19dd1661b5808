import { describe, expect, it } from 'vitest';
import type { ClusterRecord } from '../../db/cluster-records';
import { partnersInScan } from './echo-partners';

/** A stored cluster of passages in these articles (one passage each, in order). */
function cluster(id: string, docs: readonly string[]): ClusterRecord {
  return {
    id,
    kind: 'across',
    passages: docs.map((doc, n) => ({
      doc,
      start: n * 10,
      end: n * 10 + 9,
      similarity: 0.9,
      source: `source ${doc}`,
      date: n,
      imported: false,
    })),
    representative: 0,
    origin: 0,
    size: docs.length,
    similarity: 0.9,
    words: 12,
    sources: docs.length,
    boilerplate: false,
    articles: new Set(docs).size,
    excerpt: 'words',
  };
}

describe('partnersInScan', () => {
  const clusters = [
    cluster('1', ['a', 'b', 'c']),
    cluster('2', ['d', 'e']),
    cluster('3', ['a', 'a', 'f']),
  ];

  it('names the other articles of every cluster holding one of its passages, and its versions', () => {
    expect([...(partnersInScan('a', ['v'], { clusters, skipped: [] }) ?? [])].sort()).toEqual([
      'b',
      'c',
      'f',
      'v',
    ]);
    expect([...(partnersInScan('e', [], { clusters, skipped: [] }) ?? [])]).toEqual(['d']);
  });

  it('names none for an article the scan found in no cluster: nothing to read', () => {
    expect(partnersInScan('z', [], { clusters, skipped: [] })?.size).toBe(0);
  });

  it('adds an article the scan failed to compare with it', () => {
    const skipped = [{ articleId: 'g', title: 'G', reason: 'pair' as const, other: 'e' }];
    expect([...(partnersInScan('e', [], { clusters, skipped }) ?? [])].sort()).toEqual(['d', 'g']);
  });

  it('cannot answer for an article the scan left out: the whole archive must be read', () => {
    const skipped = [{ articleId: 'a', title: 'A', reason: 'damaged' as const }];
    expect(partnersInScan('a', [], { clusters, skipped })).toBeUndefined();
  });
});
