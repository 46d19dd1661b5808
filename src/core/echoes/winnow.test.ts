import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { winnow } from './winnow';

describe('winnow', () => {
  it('shares a mark between any two texts sharing a run of w + k − 1 terms', () => {
    const k = 4;
    const w = 4;
    const terms = fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 0, maxLength: 30 });
    fc.assert(
      fc.property(
        terms,
        terms,
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: w + k - 1, maxLength: 20 }),
        (x, y, shared) => {
          const a = Uint32Array.from([...x, ...shared]);
          const b = Uint32Array.from([...shared, ...y]);
          const ma = new Set(winnow(a, a.length, k, w).hashes);
          const mb = winnow(b, b.length, k, w).hashes;
          expect(mb.some((h) => ma.has(h))).toBe(true);
        },
      ),
    );
  });

  it('keeps far fewer marks than k-grams', () => {
    const terms = Uint32Array.from({ length: 10_000 }, (_, i) => (i * 2654435761) >>> 0);
    const marks = winnow(terms, terms.length, 4, 4);
    expect(marks.hashes.length).toBeLessThan(terms.length * 0.5);
    expect(marks.hashes.length).toBeGreaterThan(terms.length * 0.3);
  });
});
