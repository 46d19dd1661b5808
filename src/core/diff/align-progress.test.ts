import { describe, expect, it } from 'vitest';
import { alignPassages, alignTexts } from './align-texts';
import { alignWithMoves } from './align-moves';

// Two long versions (~1.2 MB each) with one word changed: long enough for progress in every phase.
const paragraphs = Array.from(
  { length: 8_000 },
  (_, i) =>
    `Paragraph ${i} of the inquiry transcript records witness ${i % 97} answering questions about inspection ${i * 7}.`,
);
const first = paragraphs.join('\n\n');
const second = paragraphs
  .map((p, i) => (i === 5_000 ? p.replace('witness', 'expert') : p))
  .join('\n\n');

describe('alignment progress', () => {
  it('tells a growing fraction of the work done and gives the same alignment as without it', () => {
    const told: number[] = [];
    const withProgress = alignTexts(first, second, (done) => told.push(done));
    expect(withProgress).toEqual(alignTexts(first, second));
    expect(told.length).toBeGreaterThanOrEqual(4);
    expect(told.every((d, i) => d >= 0 && d <= 1 && d >= (told[i - 1] ?? 0))).toBe(true);
    // Each phase is heard from: tokenising, the edit script, the segments.
    expect(told.some((d) => d > 0.8)).toBe(true);
    expect(told.filter((d) => d < 0.5).length).toBeGreaterThan(0);
    const changed = withProgress.segments.filter((s) => s.kind === 'changed');
    expect(changed.map((s) => second.slice(s.b.start, s.b.end).trim())).toEqual(['expert']);
  });

  it('passes progress through the passages API', () => {
    let last = 0;
    alignPassages(
      { doc: 'a', start: 0, end: first.length },
      first,
      { doc: 'b', start: 0, end: second.length },
      second,
      (done) => (last = done),
    );
    expect(last).toBeGreaterThan(0.8);
  });
});

describe('alignment progress with moved paragraphs (the align worker reports this)', () => {
  const whole = (doc: string, text: string) => ({ doc, start: 0, end: text.length });
  // B has paragraph 100 moved to near the end: a second alignment runs.
  const moved = paragraphs.filter((_, i) => i !== 100);
  moved.splice(7_500, 0, paragraphs[100] ?? '');
  const reordered = moved.join('\n\n');

  for (const [name, b, moves] of [
    ['one word changed', second, 0],
    ['a paragraph moved', reordered, 1],
  ] as const)
    it(`reaches 1 when done, never going back (${name})`, () => {
      const told: number[] = [];
      const result = alignWithMoves(whole('a', first), first, whole('b', b), b, (d) =>
        told.push(d),
      );
      expect(result.moves).toHaveLength(moves);
      expect(told.every((d, i) => d >= 0 && d <= 1 && d >= (told[i - 1] ?? 0))).toBe(true);
      expect(told.at(-1)).toBe(1);
      // Heard from along the way, not only at the end.
      expect(told.filter((d) => d > 0.1 && d < 0.9).length).toBeGreaterThan(2);
    });

  it('alignTexts ends by saying it is done', () => {
    const told: number[] = [];
    alignTexts(first, second, (d) => told.push(d));
    expect(told.at(-1)).toBe(1);
  });
});
