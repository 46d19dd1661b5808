import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Alignment } from '../model';
import { alignEcho, alignTexts } from './align-texts';
import { randomProse } from '../echoes/test-texts';
import { describeSummary, summariseAlignment } from './summarise-alignment';

const kinds = (al: Alignment, a: string, b: string) =>
  al.segments
    .filter((s) => s.kind !== 'same')
    .map((s) => [s.kind, a.slice(s.a.start, s.a.end).trim(), b.slice(s.b.start, s.b.end).trim()]);

const rebuilds = (al: Alignment, a: string, b: string): void => {
  let ia = 0;
  let ib = 0;
  for (const s of al.segments) {
    expect(s.a.start).toBe(ia);
    expect(s.b.start).toBe(ib);
    expect(s.a.end - s.a.start + s.b.end - s.b.start).toBeGreaterThan(0);
    ia = s.a.end;
    ib = s.b.end;
  }
  expect([ia, ib]).toEqual([a.length, b.length]);
};

describe('alignTexts', () => {
  it('marks normalisation as equivalent and edits as changes', () => {
    const a = 'support we’re providing, £200m as they are ready for Ukraine.';
    const b = 'support that we are providing, £200 million so that they are ready for the Ukraine.';
    const al = alignTexts(a, b);
    expect(kinds(al, a, b)).toEqual([
      ['inserted', '', 'that'],
      ['equivalent', 'we’re', 'we are'],
      ['equivalent', '£200m', '£200 million'],
      ['changed', 'as', 'so that'],
      ['inserted', '', 'the'],
    ]);
    expect(summariseAlignment(al)).toEqual({
      same: 7,
      equivalent: 4,
      changed: 2,
      inserted: 2,
      deleted: 0,
    });
    expect(describeSummary(summariseAlignment(al))).toBe(
      '15 words: 7 the same, 4 equivalent, 2 changed, 2 inserted',
    );
    expect(describeSummary(summariseAlignment(al), 'same')).toBe(
      '7 words the same, 4 equivalent, 2 changed, 2 inserted',
    );
    const none = { same: 0, equivalent: 0, changed: 0, inserted: 0, deleted: 1 };
    expect(describeSummary(none)).toBe('1 word: 1 deleted');
    expect(describeSummary(none, 'same')).toBe('0 words the same, 1 deleted');
  });

  it('calls quote and case differences equivalent', () => {
    const a = 'part of the ‘multi-national force’';
    const b = 'Part of the "multi-national force"';
    expect(alignTexts(a, b).segments.map((s) => s.kind)).toEqual([
      'equivalent',
      'same',
      'equivalent',
      'same',
      'equivalent',
    ]);
  });

  it('handles empty and wordless texts', () => {
    expect(alignTexts('', '').segments).toEqual([]);
    expect(alignTexts('', 'new words').segments.map((s) => s.kind)).toEqual(['inserted']);
    expect(alignTexts('…', '!').segments.map((s) => s.kind)).toEqual(['equivalent']);
  });

  it('rebuilds both texts exactly from its segments', () => {
    const word = fc.constantFrom(
      'the',
      'The',
      'we’re',
      'we',
      'are',
      '£200m',
      '£200',
      'million',
      'don’t',
      '漢',
      'x',
      '10%',
      'per',
      'cent',
    );
    const gap = fc.constantFrom(' ', ', ', '. ', '\n', ' ‘', '’ ', '');
    const text = fc.array(fc.tuple(word, gap), { maxLength: 30 }).map((p) => p.flat().join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        rebuilds(alignTexts(a, b), a, b);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the few edits between two long versions, far apart', () => {
    const base = randomProse(6000, 3).split(' ');
    const edited = [...base];
    edited.splice(4000, 0, 'entirely', 'new', 'words');
    edited[1000] = 'replaced';
    const a = base.join(' ');
    const b = edited.join(' ');
    const al = alignTexts(a, b);
    rebuilds(al, a, b);
    const summary = summariseAlignment(al);
    expect(summary.inserted + summary.changed).toBeLessThanOrEqual(5);
    expect(summary.same).toBeGreaterThan(5990);
  });

  it('calls two long unrelated texts one change rather than searching forever', () => {
    const a = randomProse(20_000, 1);
    const b = randomProse(20_000, 2);
    const al = alignTexts(a, b);
    rebuilds(al, a, b);
    expect(summariseAlignment(al).changed).toBeGreaterThan(19_000);
  });

  it('aligns an echo inside its texts', () => {
    const a = 'Intro. I am proud of the support we’re providing. End.';
    const b = 'Other. I am proud of the support that we are providing. Fin.';
    const echo = {
      kind: 'across' as const,
      similarity: 0.9,
      a: { doc: 'a', start: 7, end: 49 },
      b: { doc: 'b', start: 7, end: 55 },
    };
    const al = alignEcho(echo, a, b);
    expect(al.segments[0]?.a.start).toBe(7);
    expect(al.segments.at(-1)?.b.end).toBe(55);
    expect(() => alignEcho(echo, 'short', b)).toThrow(/does not fit/);
  });
});
