import { describe, expect, it } from 'vitest';
import type { ClusterDoc } from '../model';
import { findClusters } from '../echoes/find-clusters';
import { releasePrintings } from '../../../tests/support/release-printings';
import { groupReleases, type Release } from './group-releases';
import { NumberedReleases, releaseNumbers } from './numbered-releases';

const docs: ClusterDoc[] = releasePrintings(24).map((a) => ({
  id: a.id,
  text: a.text,
  source: a.source,
  publishedAt: Date.parse(a.date),
}));
const clusters = findClusters(docs);

/** A release as comparable facts: its clusters in order, its printings sorted. */
const facts = (r: Release) => ({
  clusters: r.clusters,
  printings: [...r.printings].sort((a, b) => a.doc.localeCompare(b.doc)),
});

describe('releases from stored numbers', () => {
  it('gives the releases groupReleases gives, gathered a slice at a time', () => {
    const numbers = releaseNumbers(clusters);
    const gathered = new NumberedReleases(clusters);
    for (let from = 0; from < clusters.length; from += 2)
      gathered.add(from, from + 2, (index) => numbers[index]);
    const fromNumbers = [...gathered.releases()].map(facts);
    expect(fromNumbers).toEqual(groupReleases(clusters).map(facts));
    expect(fromNumbers.some((r) => r.clusters.length > 2)).toBe(true);
  });

  it('keeps boilerplate out of every release, each cluster of it on its own', () => {
    const marked = clusters.map((c, i) => ({ ...c, boilerplate: i === 0 }));
    const numbers = releaseNumbers(marked);
    expect(numbers[0]).toBe(-1);
    const gathered = new NumberedReleases(marked);
    gathered.add(0, marked.length, (index) => numbers[index]);
    const releases = [...gathered.releases()];
    expect(releases.find((r) => r.clusters.includes(0))?.clusters).toEqual([0]);
    expect(releases.flatMap((r) => r.clusters).sort((a, b) => a - b)).toEqual(
      clusters.map((_, i) => i),
    );
  });
});
