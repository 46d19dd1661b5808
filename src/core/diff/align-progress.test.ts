import { describe, expect, it } from 'vitest';
import { alignPassages, alignTexts } from './align-texts';

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
