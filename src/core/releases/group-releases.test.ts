import { describe, expect, it } from 'vitest';
import type { Cluster, ClusterDoc } from '../model';
import { findClusters } from '../echoes/find-clusters';
import { releasePrintings, unrelatedQuotes } from '../../../tests/support/release-printings';
import { groupReleases } from './group-releases';

const articles = releasePrintings(60);
const docs: ClusterDoc[] = articles.map((a) => ({
  id: a.id,
  text: a.text,
  source: a.source,
  publishedAt: Date.parse(a.date),
}));
const textOf = new Map(docs.map((d) => [d.id, d.text]));
const clusters = findClusters(docs);
const releases = groupReleases(clusters);

const passageText = (c: Cluster, i: number): string => {
  const p = c.passages[i];
  return p ? (textOf.get(p.doc) ?? '').slice(p.start, p.end) : '';
};
// A cluster of an unrelated quote: its representative's words sit inside one of the quotes.
const isQuote = (c: Cluster): boolean =>
  unrelatedQuotes.some((q) => q.includes(passageText(c, c.representative)));
const printingIds = articles.filter((a) => a.printing).map((a) => a.id);

describe('releases over a 10-paragraph release printed by 60 papers, with edits and trims', () => {
  it('finds the release as several clusters (the pieces the trims leave) and quotes apart', () => {
    const ofRelease = clusters.filter((c) => !isQuote(c));
    expect(ofRelease.length).toBeGreaterThan(2);
    expect(clusters.filter(isQuote).length).toBeGreaterThan(0);
  });

  it('groups every cluster of the release into one release, printed by all 60', () => {
    const ofRelease = clusters.map((c, i) => (isQuote(c) ? -1 : i)).filter((i) => i >= 0);
    const holding = releases.filter((r) => r.clusters.some((i) => ofRelease.includes(i)));
    expect(holding).toHaveLength(1);
    const release = holding[0];
    expect([...(release?.clusters ?? [])].sort((a, b) => a - b)).toEqual(ofRelease);
    expect(release?.printings.map((p) => p.doc).sort()).toEqual([...printingIds].sort());
  });

  it('keeps the unrelated quotes out of it, though the same papers print them', () => {
    const release = releases.find((r) => r.printings.length >= 60);
    for (const i of release?.clusters ?? []) expect(isQuote(clusters[i] as Cluster)).toBe(false);
    const quoteReleases = releases.filter((r) =>
      r.clusters.every((i) => isQuote(clusters[i] as Cluster)),
    );
    expect(quoteReleases.length).toBeGreaterThan(0);
  });

  it('says how much each printing kept: the whole printings all of it, trimmed ones less', () => {
    const release = releases.find((r) => r.printings.length >= 60);
    const kept = new Map(release?.printings.map((p) => [p.doc, p.kept]));
    const all = release?.clusters.length ?? 0;
    // Paper 4 printed it whole (no trim, nothing dropped); paper 3 cut three paragraphs.
    expect(kept.get('printing-4')).toBe(all);
    expect(kept.get('printing-3')).toBeLessThan(all);
    for (const p of release?.printings ?? []) expect(p.kept).toBeGreaterThan(0);
  });

  it('lists its clusters in the order of the fullest printing', () => {
    const release = releases.find((r) => r.printings.length >= 60);
    const starts = (release?.clusters ?? []).map((i) => {
      const c = clusters[i] as Cluster;
      return c.passages.find((p) => p.doc === 'printing-4')?.start ?? -1;
    });
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('groupReleases by itself', () => {
  const cluster = (...at: [string, number][]) => ({
    passages: at.map(([doc, start]) => ({ doc, start })),
  });

  it('leaves apart two passages next to each other in only one of their articles', () => {
    const found = groupReleases([
      cluster(['a', 0], ['b', 0], ['c', 0]),
      cluster(['a', 100], ['d', 0], ['e', 0]),
    ]);
    expect(found.map((r) => r.clusters)).toEqual([[0], [1]]);
  });

  it('joins passages that are neighbours in most of the articles of the rarer one', () => {
    const found = groupReleases([
      cluster(['a', 0], ['b', 0], ['c', 0], ['d', 0]),
      cluster(['a', 100], ['b', 100], ['c', 100]),
      cluster(['x', 0], ['y', 0]),
    ]);
    expect(found.map((r) => r.clusters)).toEqual([[0, 1], [2]]);
    expect(found[0]?.printings).toEqual([
      { doc: 'a', kept: 2 },
      { doc: 'b', kept: 2 },
      { doc: 'c', kept: 2 },
      { doc: 'd', kept: 1 },
    ]);
  });

  it('never joins a passage repeated inside one article', () => {
    const found = groupReleases([
      cluster(['a', 0], ['a', 500]),
      cluster(['a', 100], ['b', 0]),
      cluster(['a', 200], ['b', 200]),
    ]);
    expect(found.map((r) => r.clusters)).toEqual([[0], [1, 2]]);
  });
});
