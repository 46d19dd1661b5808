import { describe, expect, it } from 'vitest';
import type { ClusterPassageRecord, ClusterRecord } from '../../db/cluster-records';
import { describeRelease, releaseRows } from './release-rows';

const day = (d: number): number => Date.UTC(2026, 2, d);
const at = (doc: string, start: number, source: string, date: number): ClusterPassageRecord => ({
  doc,
  start,
  end: start + 50,
  similarity: 1,
  source,
  date,
  imported: false,
});
const cluster = (id: string, passages: ClusterPassageRecord[]): ClusterRecord => ({
  id,
  kind: 'across',
  passages,
  representative: 0,
  origin: 0,
  size: passages.length,
  similarity: 1,
  words: 10,
  sources: passages.length,
  boilerplate: false,
  articles: passages.length,
  excerpt: id,
});

// Two paragraphs of one release printed by three papers (The Post and The Times on one day,
// the Courier later, keeping only the first), and a quote two of them also print elsewhere.
const printers: [string, string, number][] = [
  ['courier', 'Evening Courier', day(5)],
  ['times', 'The Times', day(3)],
  ['post', 'The Post', day(3)],
];
const clusters = [
  cluster(
    'quote',
    printers.slice(0, 2).map(([doc, source]) => at(`${doc}-other`, 0, source, day(9))),
  ),
  cluster(
    'first paragraph',
    printers.map(([doc, source, date]) => at(doc, 100, source, date)),
  ),
  cluster(
    'second paragraph',
    printers.slice(1).map(([doc, source, date]) => at(doc, 300, source, date)),
  ),
];

describe('releaseRows', () => {
  it('makes the release one row, widest first, its printings earliest first', () => {
    const [release, quote] = releaseRows(clusters);
    expect(release?.clusters.map((c) => c.excerpt)).toEqual([
      'first paragraph',
      'second paragraph',
    ]);
    expect(release?.summary.printings.map((p) => [p.doc, p.kept])).toEqual([
      ['times', 2],
      ['post', 2],
      ['courier', 1],
    ]);
    expect(quote?.clusters.map((c) => c.excerpt)).toEqual(['quote']);
  });

  it('names the tied first printers as the cluster rows do', () => {
    const [release, quote] = releaseRows(clusters);
    expect(release && describeRelease(release)).toBe(
      'Story reprinted: 2 passages in 3 articles from 3 sources, first: The Times and The Post, both 3 Mar 2026',
    );
    expect(quote && describeRelease(quote)).toBe(
      'Passage reprinted: 1 passage in 2 articles from 2 sources, first: Evening Courier and The Times, both 9 Mar 2026',
    );
  });
});
