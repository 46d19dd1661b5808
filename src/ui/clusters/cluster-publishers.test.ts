import { describe, expect, it } from 'vitest';
import type { ClusterPassageRecord, ClusterRecord } from '../../db/cluster-records';
import { clusterSources, defaultClusterFilters, selectClusters } from './cluster-filters';
import { describeCluster } from './cluster-words';
import { copySources, filterCopies, noCopyFilters } from './copy-filters';
import { timelineMarks } from './timeline-marks';

// One paper named two ways — its pages' site name, and the address a page that named no site
// was filed under — is one source in the clusters screen: listed once, filtered as one, counted
// once.
const day = 86_400_000;
const march1 = Date.UTC(2026, 2, 1);
const copies: ClusterPassageRecord[] = [
  'Daily Ledger',
  'dailyledger.example',
  'Morning Post',
  '',
  'https://www.dailyledger.example/',
  'Evening Courier',
].map((source, i) => ({
  doc: `a${i}`,
  start: 0,
  end: 10,
  similarity: 1,
  source,
  date: march1 + i * day,
  imported: false,
}));
const wire: ClusterRecord = {
  id: 'wire',
  kind: 'across',
  passages: copies,
  representative: 0,
  origin: 0,
  size: copies.length,
  similarity: 1,
  words: 30,
  sources: 4,
  boilerplate: false,
  articles: copies.length,
  excerpt: 'text',
};
const other: ClusterRecord = {
  ...wire,
  id: 'other',
  passages: copies.slice(2, 4),
  size: 2,
  articles: 2,
};

describe('the clusters screen counts publishers, not spellings', () => {
  it('lists each paper once, under its name, and keeps every copy of it when filtered', () => {
    expect(copySources(copies)).toEqual(['Daily Ledger', 'Evening Courier', 'Morning Post']);
    expect(filterCopies(copies, { ...noCopyFilters, source: 'Daily Ledger' })).toEqual([0, 1, 4]);
    expect(clusterSources([wire, other])).toEqual([
      'Daily Ledger',
      'Evening Courier',
      'Morning Post',
    ]);
    const pick = (source: string) =>
      selectClusters([wire, other], { ...defaultClusterFilters, source }, 'copies').map(
        (c) => c.id,
      );
    expect(pick('Daily Ledger')).toEqual(['wire']);
    expect(pick('Morning Post')).toEqual(['wire', 'other']);
  });

  it('says the named papers as publishers beside the articles of unknown source', () => {
    expect(describeCluster(wire)).toBe(
      '6 copies in 3 sources and 1 article of unknown source, first on 1 Mar 2026 by Daily Ledger',
    );
  });

  it('names one paper in a timeline mark that holds its copies under both names', () => {
    // The Ledger's two copies an hour apart share the first mark; the Post's is ten days on.
    const held = [copies[0], copies[1], copies[2]].map((c, i) => ({
      ...(c as ClusterPassageRecord),
      date: march1 + (i === 2 ? 10 * day : i * 3_600_000),
    }));
    const [mark] = timelineMarks(held, 0);
    expect(mark?.label).toBe('2 copies, 1 Mar 2026 — Daily Ledger, the origin among them');
  });
});
