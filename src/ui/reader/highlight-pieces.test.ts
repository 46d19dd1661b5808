import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EchoIndex } from '../../core/echoes/echo-index';
import { findEchoesWithin } from '../../core/echoes/find-echoes-within';
import { strongestFirst } from '../../core/echoes/strength';
import { articleEchoes } from '../../workers/article-echoes';
import { articleClusters } from '../clusters/article-clusters';
import { echoMarks, highlightPieces, numberedPieces, type EchoMark } from './highlight-pieces';

// Another paper's story that prints the sample's quote and, straight after it, its £200m
// paragraph: one echo with the sample then spans both (as the sample also has them side by side).
const copy = [
  'Healey told reporters he wanted to be the minister who sends troops once the war ends.',
  'I am proud that the UK is united for Ukraine. I am proud of the highest ever level of military support that we are providing this year.',
  'Among the latest measures being proposed by Britain is £200 million of funding which will be used to equip British armed forces with the kit that they need so that they are ready to be deployed as part of a multi-national force for Ukraine.',
  'The plan depends on a ceasefire being agreed first.',
].join('\n\n');

describe('highlightPieces', () => {
  it('cuts a paragraph at overlapping echo passages', () => {
    const pieces = highlightPieces({ start: 10, end: 50 }, [
      { start: 0, end: 20, echo: 1 },
      { start: 15, end: 30, echo: 0 },
      { start: 60, end: 70, echo: 2 },
    ]);
    expect(pieces).toEqual([
      { start: 10, end: 15, echoes: [1] },
      { start: 15, end: 20, echoes: [0, 1] },
      { start: 20, end: 30, echoes: [0] },
      { start: 30, end: 50, echoes: [] },
    ]);
  });

  it('marks both sides of an echo within the article, and only its own side across articles', () => {
    const marks = echoMarks(
      [
        {
          kind: 'within',
          similarity: 0.9,
          a: { doc: 'x', start: 0, end: 5 },
          b: { doc: 'x', start: 9, end: 14 },
        },
        {
          kind: 'across',
          similarity: 0.8,
          a: { doc: 'y', start: 0, end: 5 },
          b: { doc: 'x', start: 20, end: 30 },
        },
      ],
      'x',
    );
    expect(marks).toEqual([
      { start: 0, end: 5, echo: 0 },
      { start: 9, end: 14, echo: 0 },
      { start: 20, end: 30, echo: 1 },
    ]);
  });

  it('marks a passage by its own cluster, not by a longer echo that also covers it', () => {
    const sample = { id: 'sample', text: readFileSync('seeds/000_7500752fa51d260b.txt', 'utf8') };
    const settings = { minWords: 8, minSimilarity: 0.5 };
    const index = new EchoIndex();
    index.add('copy', copy);
    const echoes = articleEchoes(sample, [], {
      within: (doc) => findEchoesWithin(doc, settings),
      across: (doc) => index.query(doc, undefined, { ...settings, within: false }),
    }).sort(strongestFirst);
    const marks = echoMarks(echoes, 'sample');
    const clusters = articleClusters(echoes, 'sample');
    // The cluster the reader shows on the first word of `words` (run-view takes echoes[0]).
    const clusterAt = (words: string): number | undefined => {
      const at = sample.text.indexOf(words);
      const echo = highlightPieces({ start: at, end: at + 1 }, marks)[0]?.echoes[0];
      return echo === undefined ? undefined : clusters[echo]?.number;
    };
    const quote = clusterAt('I am proud that the UK');
    const firstPounds = clusterAt('Among the latest supportive');
    const secondPounds = clusterAt(
      'Among the latest measures being proposed by Britain is £200 million',
    );
    expect(quote).toBeDefined();
    expect(secondPounds).toBeDefined();
    expect(secondPounds).not.toBe(quote);
    // Both copies of the £200m paragraph carry the same number, not the quote's.
    expect(firstPounds).toBe(secondPounds);
  });
});

describe('numberedPieces', () => {
  it('numbers a cluster once where two of its echoes start side by side', () => {
    // "He continued: ‘I am proud … this year.’": another paper's echo starts at "He", the
    // article's own second copy at "I am" (offset 15); both are cluster 1. Then cluster 2 starts.
    const marks: EchoMark[] = [
      { start: 0, end: 130, echo: 0 },
      { start: 15, end: 130, echo: 1 },
      { start: 130, end: 300, echo: 2 },
    ];
    const pieces = highlightPieces({ start: 0, end: 300 }, marks);
    expect(pieces.map((p) => [p.start, p.echoes[0]])).toEqual([
      [0, 0],
      [15, 1],
      [130, 2],
    ]);
    const clusterOf = (echo: number) => [1, 1, 2][echo];
    expect(numberedPieces(pieces, marks, clusterOf)).toEqual([true, false, true]);
    // Without clusters known, every start is numbered as before (each echo its own).
    expect(numberedPieces(pieces, marks, () => undefined)).toEqual([true, true, true]);
  });
});
