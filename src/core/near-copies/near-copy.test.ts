import { describe, expect, it } from 'vitest';
import { fingerprintText } from '../echoes/fingerprint';
import { SKETCH_MATCHES_NEEDED, SKETCH_SIZE, sketchMarks } from './sketch';
import { isNearCopy, measureNearCopies } from './near-copy';
import { nearCopyText, sampleText, unrelatedText } from '../../../tests/support/near-copy-texts';

const sketch = (text: string) => sketchMarks(fingerprintText(text).marks);
const shared = (a: readonly number[], b: readonly number[]) =>
  a.filter((v) => b.includes(v)).length;

describe('sketchMarks', () => {
  it('gives one value per hash function, the same for the same text, none for a text without marks', () => {
    expect(sketch(sampleText)).toHaveLength(SKETCH_SIZE);
    expect(new Set(sketch(sampleText)).size).toBe(SKETCH_SIZE);
    expect(sketch(sampleText)).toEqual(sketch(sampleText));
    expect(sketch('Too short.')).toEqual([]);
  });

  it('a near copy shares most values; an unrelated text fewer than a candidate needs', () => {
    expect(shared(sketch(sampleText), sketch(nearCopyText))).toBeGreaterThanOrEqual(10);
    expect(shared(sketch(sampleText), sketch(unrelatedText))).toBeLessThan(SKETCH_MATCHES_NEEDED);
  });
});

describe('measureNearCopies', () => {
  const archived = [
    { id: 'sample', fingerprints: fingerprintText(sampleText) },
    { id: 'railway', fingerprints: fingerprintText(unrelatedText) },
  ];

  it('finds the sample in its edited copy with a new footer (over 90% of the words), best first', () => {
    const [best, other] = measureNearCopies(nearCopyText, archived);
    expect(best?.id).toBe('sample');
    expect(best?.share).toBeGreaterThan(0.9);
    expect(best?.share).toBeLessThan(1);
    expect(best && isNearCopy(best)).toBe(true);
    expect(other).toEqual({ id: 'railway', share: 0, otherShare: 0 });
  });

  it('one quoted paragraph of a long article is not a near copy of it', () => {
    const paragraph = sampleText.split('\n\n').find((p) => p.includes('£200m')) ?? '';
    const [best] = measureNearCopies(paragraph, archived);
    expect(best?.share).toBeGreaterThan(0.9);
    expect(best?.otherShare).toBeLessThan(0.5);
    expect(best && isNearCopy(best)).toBe(false);
  });

  it('measures nothing without candidates', () => {
    expect(measureNearCopies(sampleText, [])).toEqual([]);
  });
});

describe('measureNearCopies on long texts', () => {
  it('leaves a pair over MAX_PAIR_WORDS unmeasured rather than align it at import', () => {
    const long = Array.from(
      { length: 1200 },
      (_, i) => `Paragraph ${i} of the transcript records witness ${i % 97} answering questions.`,
    ).join('\n\n');
    expect(measureNearCopies(long, [{ id: 'same', fingerprints: fingerprintText(long) }])).toEqual(
      [],
    );
    expect(
      measureNearCopies(sampleText, [{ id: 'same', fingerprints: fingerprintText(sampleText) }]),
    ).toHaveLength(1);
  });
});
