import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../tests/support/test-articles';
import { searchDocumentOf } from './search-engine';
import { liveCount } from './segment';
import { SegmentSet } from './segment-set';

// A small deterministic generator, so a failure repeats.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('SegmentSet', () => {
  it('keeps each segment’s live count equal to its tombstones through adds, edits, deletes and merges', () => {
    const next = random(7);
    const set = new SegmentSet(1, 8);
    const indexed = new Set<string>();
    let merges = 0;
    for (let round = 0; round < 300; round++) {
      const upserts = Array.from({ length: 1 + Math.floor(next() * 5) }, () =>
        searchDocumentOf(makeArticle(Math.floor(next() * 80))),
      );
      const removals = [...indexed].filter(() => next() < 0.05);
      const before = set.nextSegmentId;
      set.apply(upserts, removals);
      // More ids used than new segments built: a merge happened.
      if (set.nextSegmentId - before > Math.ceil(upserts.length / 8)) merges++;
      for (const id of removals) indexed.delete(id);
      for (const doc of upserts) indexed.add(doc.id);
      const kept = set.sizes();
      expect(kept.map((s) => s.live)).toEqual(set.all().map(liveCount));
      expect(kept.reduce((sum, s) => sum + s.live, 0)).toBe(set.documentCount);
      expect(set.documentCount).toBe(indexed.size);
    }
    expect(merges).toBeGreaterThan(10);
  });

  it('makes the same term dictionary when first asked as one kept through every change', () => {
    const next = random(11);
    const [kept, late] = [new SegmentSet(1, 8), new SegmentSet(1, 8)];
    void kept.dictionary.size;
    for (let round = 0; round < 120; round++) {
      const upserts = Array.from({ length: 1 + Math.floor(next() * 4) }, () => {
        const i = Math.floor(next() * 60);
        return { ...searchDocumentOf(makeArticle(i)), title: `Round ${round} zebra${i}` };
      });
      const removals =
        next() < 0.2 ? [`article-${String(Math.floor(next() * 60)).padStart(6, '0')}`] : [];
      for (const set of [kept, late]) set.apply(upserts, removals);
    }
    const terms = (set: SegmentSet) => set.dictionary.longerWithPrefix('').sort();
    expect(terms(late)).toEqual(terms(kept));
    expect(late.dictionary.longerWithPrefix('zebra').length).toBeGreaterThan(0);
  });
});
