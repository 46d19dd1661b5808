import { describe, expect, it } from 'vitest';
import { fingerprintText } from '../fingerprint';
import { adoptPieces } from './adopt-pieces';
import type { CopyGroup } from './pick-copies';

// Plain words (one token each), so token ranges can be written by counting words.
const PARAGRAPH =
  'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split(
    ' ',
  );
const FILLER = 'one two three four five six seven eight nine ten'.split(' ');
const OTHER = 'red orange yellow green blue indigo violet black white grey brown pink'.split(' ');

const fps = [
  PARAGRAPH, // 0: the representative
  [...FILLER, ...PARAGRAPH, ...FILLER], // 1: a whole copy at tokens 10–36
  [...FILLER, ...PARAGRAPH.map((w, i) => (i === 12 ? 'edited' : w))], // 2: an edited copy at 10–36
  [...OTHER, ...FILLER], // 3 and 4: another text
  [...FILLER, ...OTHER],
].map((words) => fingerprintText(words.join(' ')));

const passage = (doc: number, start: number, end: number) => ({ doc, start, end, weight: 1 });
const copy = (doc: number, start: number, end: number, similarity = 1) => ({
  passage: passage(doc, start, end),
  similarity,
  matches: end - start,
});
const ranges = (groups: readonly CopyGroup[]) =>
  groups.map((g) =>
    [g.representative, ...g.copies.map((c) => c.passage)].map((p) => [p.doc, p.start, p.end]),
  );

describe('adoptPieces', () => {
  it('folds a cluster of pieces of copies into the cluster of whole copies', () => {
    const whole: CopyGroup = { representative: passage(0, 0, 26), copies: [copy(1, 10, 36)] };
    // The tail of copy 1 and the tail of copy 2, aligned through another centre.
    const pieces: CopyGroup = { representative: passage(1, 24, 36), copies: [copy(2, 24, 36)] };
    const other: CopyGroup = { representative: passage(3, 0, 12), copies: [copy(4, 10, 22)] };
    const out = adoptPieces([whole, pieces, other], fps, { minSimilarity: 0.5, minWords: 8 });
    // Copy 2, which the whole-copy cluster lacked, joins it whole (projected from its tail).
    expect(ranges(out)).toEqual([
      [
        [0, 0, 26],
        [1, 10, 36],
        [2, 10, 36],
      ],
      [
        [3, 0, 12],
        [4, 10, 22],
      ],
    ]);
    expect(out[0]?.copies[1]?.similarity).toBeCloseTo(25 / 26, 3);
  });

  it('leaves a cluster that only borders another one alone', () => {
    const first: CopyGroup = { representative: passage(0, 0, 26), copies: [copy(1, 10, 36)] };
    // Filler right after copy 1, repeated in document 2: touches copy 1 but adds no match to it.
    const next: CopyGroup = { representative: passage(1, 36, 46), copies: [copy(2, 0, 10)] };
    const out = adoptPieces([first, next], fps, { minSimilarity: 0.5, minWords: 8 });
    expect(ranges(out)).toEqual([
      [
        [0, 0, 26],
        [1, 10, 36],
      ],
      [
        [1, 36, 46],
        [2, 0, 10],
      ],
    ]);
  });
});
