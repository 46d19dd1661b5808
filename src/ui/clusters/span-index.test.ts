import { describe, expect, it } from 'vitest';
import { SpanIndex } from './span-index';

/** A small deterministic generator, so a failure names the same spans every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) >>> 0) % 1_000_003) / 1_000_003;
}

describe('SpanIndex', () => {
  it('finds exactly the spans that overlap, by start, as a scan of every span would', () => {
    const next = random(7);
    for (const count of [0, 1, 2, 3, 17, 64, 500]) {
      const spans = Array.from({ length: count }, (_, id) => {
        const start = Math.floor(next() * 1000);
        // Mostly short spans, a few long ones that reach over many others.
        const length = next() < 0.1 ? Math.floor(next() * 800) + 1 : Math.floor(next() * 40) + 1;
        return { id, start, end: start + length };
      });
      const index = new SpanIndex(spans);
      for (let q = 0; q < 200; q++) {
        const start = Math.floor(next() * 1100) - 50;
        const end = start + Math.floor(next() * 120) + 1;
        const found: number[] = [];
        index.forEachOverlapping(start, end, (s) => found.push(s.id));
        const expected = spans
          .filter((s) => s.start < end && s.end > start)
          .sort((x, y) => x.start - y.start || found.indexOf(x.id) - found.indexOf(y.id))
          .map((s) => s.id);
        expect(found).toEqual(expected);
      }
    }
  });

  it('does not count spans that only touch the question at an end', () => {
    const index = new SpanIndex([
      { start: 0, end: 10 },
      { start: 20, end: 30 },
    ]);
    const found: number[] = [];
    index.forEachOverlapping(10, 20, (s) => found.push(s.start));
    expect(found).toEqual([]);
  });
});
