import { describe, expect, it } from 'vitest';
import { alignTexts } from '../../core/diff/align-texts';
import { collationFragments } from './collation-fragments';

describe('collationFragments', () => {
  it('shows a copy in its own words, with what it lacks of the representative struck through', () => {
    const rep = 'The council agreed a £200m plan for new schools on Monday.';
    const copy = 'The council agreed a £200 million plan for schools late on Monday.';
    const fragments = collationFragments(alignTexts(rep, copy), rep, copy);
    const marked = fragments.filter((f) => f.kind !== 'same').map((f) => [f.kind, f.text.trim()]);
    expect(marked).toEqual([
      ['equivalent', '£200 million'],
      ['deleted', 'new'],
      ['inserted', 'late'],
    ]);
    // Unmarked and inserted text rebuilds the copy exactly.
    const own = fragments.filter((f) => f.kind !== 'deleted').map((f) => f.text);
    expect(own.join('')).toBe(copy);
  });
});

describe('collationFragments of copies that differ from the representative in layout only', () => {
  const rep = [
    'Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit.',
  ].join('');
  const marked = (copy: string) =>
    collationFragments(alignTexts(rep, copy), rep, copy)
      .filter((f) => f.kind !== 'same')
      .map((f) => [f.kind, f.text.trim()]);

  it('marks nothing in a copy that breaks paragraphs where the representative runs on', () => {
    // The Readability test pages' lorem ipsum: the origin (copy 1, 100% similar) showed dotted
    // "equivalent" marks on the full stops where it starts a new paragraph.
    const copy = rep
      .replace('aliqua. Ut', 'aliqua.\n\nUt')
      .replace('consequat. Duis', 'consequat.\nDuis');
    expect(marked(copy)).toEqual([]);
  });

  it('still marks what differs in words, case or punctuation beside a paragraph break', () => {
    const copy = rep
      .replace('aliqua. Ut', 'aliqua.\n\nUt')
      .replace(
        'Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor',
        'Tempor',
      )
      .replace('commodo consequat. Duis', 'commodo consequat; Duis')
      .replace('minim', 'maxim');
    expect(marked(copy)).toEqual([
      ['deleted', 'Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod'],
      ['equivalent', 'Tempor'],
      ['changed', 'maxim'],
      ['equivalent', ';'],
    ]);
  });

  it('still marks a space a copy adds or drops between words: the row shows it', () => {
    // Only the kind and length of whitespace fold away in running text; "percent" where the
    // representative says "per cent" is a difference a reader sees (the aligner: equivalent).
    const cent = 'Prices rose 5 per cent in the year to March, the office said on Tuesday.';
    const copy = cent.replace('per cent', 'percent');
    expect(
      collationFragments(alignTexts(cent, copy), cent, copy)
        .filter((f) => f.kind !== 'same')
        .map((f) => [f.kind, f.text.trim()]),
    ).toEqual([['equivalent', 'percent']]);
  });
});
