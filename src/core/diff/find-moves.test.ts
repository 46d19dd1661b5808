import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { randomProse } from '../echoes/test-texts';
import { splitParagraphs } from '../versions/paragraphs';
import { alignTexts } from './align-texts';
import { findMoves } from './find-moves';

/** The built-in sample (seeds/): 20 paragraphs of a news report. */
const sample = readFileSync(
  new URL('../../../seeds/000_7500752fa51d260b.txt', import.meta.url),
  'utf8',
);

/** The sample's paragraphs, and the text rebuilt from them in another order. */
function paragraphs(text: string): string[] {
  return splitParagraphs(text).map((p) => text.slice(p.start, p.end));
}
const reorder = (list: readonly string[], from: number, to: number): string => {
  const out = [...list];
  const [moved] = out.splice(from, 1);
  out.splice(to, 0, moved ?? '');
  return out.join('\n\n');
};

const movesOf = (a: string, b: string) => {
  const moves = findMoves(alignTexts(a, b), a, b);
  return moves.map((m) => ({
    a: a.slice(m.a.start, m.a.end),
    b: b.slice(m.b.start, m.b.end),
    edits: m.alignment.segments
      .filter((s) => s.kind !== 'same')
      .map((s) => [s.kind, a.slice(s.a.start, s.a.end).trim(), b.slice(s.b.start, s.b.end).trim()]),
  }));
};

describe('findMoves', () => {
  const list = paragraphs(sample);
  const original = list.join('\n\n');

  it('finds a paragraph moved further down as one move, with nothing edited in it', () => {
    const moved = reorder(list, 2, 9);
    // The linear alignment alone calls it deleted in one place and inserted in the other.
    const kinds = alignTexts(original, moved).segments.map((s) => s.kind);
    expect(kinds).toContain('deleted');
    expect(kinds).toContain('inserted');
    expect(movesOf(original, moved)).toEqual([{ a: list[2], b: list[2], edits: [] }]);
  });

  it('finds two swapped paragraphs as one move (the other stays in place)', () => {
    const swapped = reorder(list, 5, 6);
    const moves = movesOf(original, swapped);
    expect(moves).toHaveLength(1);
    expect([list[5], list[6]]).toContain(moves[0]?.a);
  });

  it('shows an edit made in a moved paragraph word by word', () => {
    const edited = reorder(list, 2, 9).replace('deploys British troops', 'sends British troops');
    const moves = movesOf(original, edited);
    expect(moves).toHaveLength(1);
    expect(moves[0]?.edits).toEqual([['changed', 'deploys', 'sends']]);
  });

  it('calls nothing moved when paragraphs are edited in place or the texts are equal', () => {
    const edited = original.replace('deploys British troops', 'sends British troops');
    expect(movesOf(original, edited)).toEqual([]);
    expect(movesOf(original, original)).toEqual([]);
    // A new paragraph is inserted, not moved.
    const added = `${original}\n\nA paragraph the second version added at the end.`;
    expect(movesOf(original, added)).toEqual([]);
  });

  it('stays within a compared passage that cuts a paragraph', () => {
    const moved = reorder(list, 2, 9);
    const start = original.indexOf(list[1] ?? '') + 10;
    const al = alignTexts(original.slice(start), moved.slice(start));
    const shifted = {
      segments: al.segments.map((s) => ({
        ...s,
        a: { start: s.a.start + start, end: s.a.end + start },
        b: { start: s.b.start + start, end: s.b.end + start },
      })),
    };
    const moves = findMoves(shifted, original, moved);
    expect(moves).toHaveLength(1);
    for (const m of moves) {
      expect(m.a.start).toBeGreaterThanOrEqual(start);
      expect(m.b.start).toBeGreaterThanOrEqual(start);
    }
  });

  it('finds a moved paragraph in a 5 MB text, and stays near-linear on it', () => {
    // Paragraphs of 8 sentences of prose (words at random from news sentences).
    const sentences = randomProse(900_000, 3).split('. ');
    const body: string[] = [];
    for (let i = 0; i < sentences.length; i += 8)
      body.push(`${sentences.slice(i, i + 8).join('. ')}.`);
    expect(body.length).toBeGreaterThan(1000);
    const text = body.join('\n\n');
    expect(text.length).toBeGreaterThan(5_000_000);
    const later = reorder(body, 10, body.length - 10);
    const moves = findMoves(alignTexts(text, later), text, later);
    expect(moves.map((m) => text.slice(m.a.start, m.a.end))).toEqual([body[10]]);
  }, 120_000);
});
