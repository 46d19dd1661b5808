import { describe, expect, it } from 'vitest';
import type { Fingerprints } from '../fingerprint';
import { pickCopies } from './pick-copies';
import type { TokenPassage } from './component-passages';

// Token hashes only (countMatches reads nothing else): a quote of 26 words, printed by five
// papers after "He continued:", and once in a transcript after a timestamp and a speaker's name.
const quote = Array.from({ length: 26 }, (_, i) => 1000 + i);
const fingerprints = (hashes: number[]): Fingerprints =>
  ({ hashes: Uint32Array.from(hashes) }) as unknown as Fingerprints;
const transcript = fingerprints([7, 8, ...quote]);
const paper = fingerprints([50, 51, ...quote]);
const fps = [transcript, paper, paper, paper, paper, paper];
// The transcript is the star's centre: every alignment went through it, so it is the strongest.
const passages: TokenPassage[] = fps.map((_, doc) => ({
  doc,
  start: 0,
  end: 28,
  weight: doc === 0 ? 5 : 1,
}));

describe('pickCopies: the representative', () => {
  it('is the copy most papers printed, not an odd centre the copies were aligned through (q19)', () => {
    const [group] = pickCopies(passages, fps, 0.5, 8);
    // Before: the transcript, and every paper's "He continued:" showed as changed words.
    expect(group?.representative.doc).not.toBe(0);
    const similarity = new Map(group?.copies.map((c) => [c.passage.doc, c.similarity]));
    expect(group?.copies).toHaveLength(5);
    for (const doc of [1, 2, 3, 4, 5])
      if (doc !== group?.representative.doc) expect(similarity.get(doc)).toBe(1);
    expect(similarity.get(0)).toBeCloseTo(26 / 28);
  });

  it('keeps the centre when the copies are as like it as any other copy', () => {
    const same = [paper, paper, paper];
    const [group] = pickCopies(
      same.map((_, doc) => ({ doc, start: 0, end: 28, weight: doc === 0 ? 2 : 1 })),
      same,
      0.5,
      8,
    );
    expect(group?.representative.doc).toBe(0);
  });
});
