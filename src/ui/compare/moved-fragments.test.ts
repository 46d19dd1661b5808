import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignWithMoves } from '../../core/diff/align-moves';
import { splitParagraphs } from '../../core/versions/paragraphs';
import { differenceCount, type Fragment } from './fragments';
import { movedSideFragments, numberDifferences } from './moved-fragments';
import { summariseWithMoves } from '../../core/diff/moved-summary';
import { describeCounts } from './word-summary';

/** The built-in sample (seeds/) and its paragraphs. */
const sample = readFileSync(
  new URL('../../../seeds/000_7500752fa51d260b.txt', import.meta.url),
  'utf8',
);
const list = splitParagraphs(sample).map((p) => sample.slice(p.start, p.end));
const original = list.join('\n\n');

/** The sample with paragraph `from` put at `to`. */
function reorder(from: number, to: number): string {
  const out = [...list];
  const [moved] = out.splice(from, 1);
  out.splice(to, 0, moved ?? '');
  return out.join('\n\n');
}

/** Both columns and the summary line, as the compare view makes them. */
function compare(a: string, b: string, hideEquivalent = false) {
  const whole = (doc: string, text: string) => ({ doc, start: 0, end: text.length });
  const { alignment, moves } = alignWithMoves(whole('a', a), a, whole('b', b), b);
  const numbers = numberDifferences(alignment, moves, a, b, hideEquivalent);
  const texts = { a, b };
  const left = movedSideFragments(alignment, moves, numbers, texts, 'a', hideEquivalent);
  const right = movedSideFragments(alignment, moves, numbers, texts, 'b', hideEquivalent);
  const { counts, moved } = summariseWithMoves(alignment, moves, a, b);
  return { left, right, summary: describeCounts(counts, hideEquivalent, moved), counts, moved };
}

const joined = (fragments: readonly Fragment[]): string => fragments.map((f) => f.text).join('');
const movedText = (fragments: readonly Fragment[]): string =>
  fragments
    .filter((f) => f.move !== undefined)
    .map((f) => f.text)
    .join('');
const differences = (fragments: readonly Fragment[]): Set<number> =>
  new Set(fragments.filter((f) => f.difference >= 0).map((f) => f.difference));

describe('the compare view with a paragraph moved', () => {
  it('shows the moved paragraph as moved on both sides, counted apart, not as changed', () => {
    const b = reorder(2, 9);
    const { left, right, summary, counts, moved } = compare(original, b);
    expect(joined(left)).toBe(original);
    expect(joined(right)).toBe(b);
    // Marked as moved where it stood and where it stands, and linked once on each side.
    expect(movedText(left)).toBe(list[2]);
    expect(movedText(right)).toBe(list[2]);
    expect(left.filter((f) => f.link)).toHaveLength(1);
    expect(right.filter((f) => f.link)).toHaveLength(1);
    // Not deleted, inserted or changed anywhere: the texts hold the same paragraphs.
    expect(left.filter((f) => f.kind !== 'same' && f.kind !== 'moved' && f.text.trim())).toEqual(
      [],
    );
    expect(right.filter((f) => f.kind !== 'same' && f.kind !== 'moved' && f.text.trim())).toEqual(
      [],
    );
    expect(moved).toBeGreaterThan(20);
    expect(counts.deleted + counts.inserted + counts.changed).toBe(0);
    expect(summary).toBe(`${counts.same} words the same, ${moved} moved`);
    // One difference, the move, with the same number on both sides (Next difference shows both).
    const link = (fs: readonly Fragment[]) => fs.find((f) => f.link)?.difference;
    expect(link(left)).toBe(link(right));
    expect(differenceCount(left)).toBe(1);
    expect(differences(left)).toEqual(differences(right));
  });

  it('marks an edit made in a moved paragraph word by word, inside the move', () => {
    const b = reorder(2, 9).replace('deploys British troops', 'sends British troops');
    const { left, right, counts, moved } = compare(original, b);
    expect(joined(left)).toBe(original);
    expect(joined(right)).toBe(b);
    const edits = (fs: readonly Fragment[]) =>
      fs.filter((f) => f.kind === 'changed').map((f) => [f.text.trim(), f.move]);
    expect(edits(left)).toEqual([['deploys', 0]]);
    expect(edits(right)).toEqual([['sends', 0]]);
    expect(counts.changed).toBe(1);
    expect(moved).toBeGreaterThan(20);
  });

  it('keeps other differences numbered alike on both sides around a move', () => {
    const b = reorder(2, 9)
      .replace('Last month', 'In January')
      .concat('\n\nA closing paragraph the second version added.');
    const { left, right, summary } = compare(original, b);
    expect(joined(left)).toBe(original);
    expect(joined(right)).toBe(b);
    expect(differences(left)).toEqual(differences(right));
    expect(differenceCount(left)).toBe(differences(left).size);
    expect(summary).toMatch(/the same, \d+ moved, \d+ changed, \d+ inserted$/);
  });

  it('leaves a comparison without moves as it was', () => {
    const b = original.replace('Last month', 'In January');
    const { left, summary } = compare(original, b);
    expect(left.some((f) => f.move !== undefined)).toBe(false);
    expect(summary).not.toContain('moved');
  });
});
