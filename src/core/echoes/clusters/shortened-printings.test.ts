import { describe, expect, it } from 'vitest';
import type { Cluster, ClusterDoc } from '../../model';
import { findClusters } from '../find-clusters';
import { randomProse, seededRandom } from '../test-texts';

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
const textOf = (id: string): string => docs.find((d) => d.id === id)?.text ?? '';
// A paragraph's first words, for finding the cluster that holds it.
const first = (i: number): string => (paragraphs[i] ?? '').split(' ').slice(0, 8).join(' ');

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

  it('cuts the whole printings where the shortened ones leave off: one cluster per piece', () => {
    const clusters = findClusters(docs);
    const holding = (text: string) =>
      clusters.filter((c) =>
        c.passages.every((p) => textOf(p.doc).slice(p.start, p.end).includes(text)),
      );
    const all = [...docs.map((d) => d.id)].sort();
    const wholeOnly = all.filter((d) => d.startsWith('whole'));
    // The pieces every paper printed are each one cluster of all eight printings.
    expect(holding(first(0)).map(docsOf)).toEqual([all]);
    expect(holding(first(5)).map(docsOf)).toEqual([all]);
    // What the shortened printings left out is a cluster of the whole printings alone.
    expect(holding(first(3)).map(docsOf)).toEqual([wholeOnly]);
  });
});

// Papers most often shorten a wire story from the bottom: the same story printed whole by some
// and without its last paragraph (or, less often, its first) by others, no piece of it beginning
// or ending anywhere else. Its words come from a large vocabulary, as a news story's do (the few
// dozen words of randomProse make any two paragraphs look half alike).
const syllables = 'ba ke lor mi nu pa ro si ta ve wo zu dra fen gil hos'.split(' ');
const storyWord = (next: () => number): string =>
  Array.from({ length: 3 }, () => syllables[Math.floor(next() * syllables.length)]).join('');
const story = (seed: number): string[] => {
  const next = seededRandom(seed);
  return Array.from(
    { length: 6 },
    () => `${Array.from({ length: 40 }, () => storyWord(next)).join(' ')}.`,
  );
};

describe('a story printed whole by some papers and cut at one end by others', () => {
  const told = story(21);
  const full = told.join('\n\n');
  const cuts = { last: told.slice(0, -1).join('\n\n'), first: told.slice(1).join('\n\n') };
  for (const end of ['last', 'first'] as const) {
    it(`puts every printing of the shared part in one cluster when the ${end} paragraph is cut`, () => {
      const docs: ClusterDoc[] = [
        ...[0, 1, 2].map((i) => ({ id: `whole${i}`, text: full })),
        ...[3, 4, 5].map((i) => ({ id: `short${i}`, text: cuts[end] })),
      ];
      const clusters = findClusters(docs);
      const opening = (i: number) => (told[i] ?? '').split(' ').slice(0, 8).join(' ');
      const holding = (i: number) =>
        clusters.filter((c) =>
          c.passages.every((p) => {
            const text = p.doc.startsWith('short') ? cuts[end] : full;
            return text.slice(p.start, p.end).includes(opening(i));
          }),
        );
      const [shared, left] = end === 'last' ? [0, 5] : [5, 0];
      // Before, the whole printings were one cluster and the shortened ones another, each with
      // its own "first": a paper that printed all but the last paragraph a day before the wire
      // was not named first of the wire's cluster, and the two lists never met.
      expect(holding(shared).map(docsOf)).toEqual([docs.map((d) => d.id).sort()]);
      expect(holding(left).map(docsOf)).toEqual([['whole0', 'whole1', 'whole2']]);
    });
  }
});
