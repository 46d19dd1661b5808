import { describe, expect, it } from 'vitest';
import type { Cluster, ClusterDoc } from '../../model';
import { findClusters } from '../find-clusters';
import { randomProse } from '../test-texts';

// A wire story of seven paragraphs. Some papers print it whole; others cut three paragraphs
// from its middle, so each of their printings aligns with the whole story in two short pieces.
const paragraphs = Array.from({ length: 7 }, (_, i) => `${randomProse(36, 700 + i)}.`);
const whole = paragraphs.join('\n\n');
const cut = [0, 1, 5, 6].map((i) => paragraphs[i]).join('\n\n');
const own = (i: number): string => `${randomProse(30, 900 + i)}.`;

const docs: ClusterDoc[] = [
  ...[0, 1, 2, 3].map((i) => ({ id: `whole${i}`, text: `${own(i)}\n\n${whole}` })),
  ...[4, 5, 6, 7].map((i) => ({ id: `cut${i}`, text: `${own(i)}\n\n${cut}` })),
];
const docsOf = (c: Cluster): string[] => c.passages.map((p) => p.doc).sort();

describe('a story printed whole by some papers and shortened by others', () => {
  it('puts every shortened printing of a piece in one cluster, not one cluster per paper', () => {
    const clusters = findClusters(docs);
    // Before, each shortened printing was aligned only with the whole story's centre, and each
    // made a cluster of two with it: four clusters of two for each piece.
    const pairsWithACut = clusters.filter(
      (c) => c.size === 2 && docsOf(c).some((d) => d.startsWith('cut')),
    );
    expect(pairsWithACut).toEqual([]);
    for (const d of ['cut4', 'cut5', 'cut6', 'cut7']) {
      const holding = clusters.filter((c) => docsOf(c).includes(d));
      expect(holding.length).toBeGreaterThan(0);
      for (const c of holding) expect(docsOf(c).filter((x) => x.startsWith('cut'))).toHaveLength(4);
    }
  });
});
