import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignParagraphs, type ParagraphRow } from './align-paragraphs';
import { splitParagraphs } from './paragraphs';

const paragraphs = [
  'Defence Secretary John Healey said yesterday that he hoped to deploy British troops.',
  'The government is working with its allies to organise a multi-national peacekeeping force.',
  'Among the latest measures is £200m of funding to equip British armed forces with new kit.',
  'The money will be spent to upgrade vehicles and communication devices.',
  'Last month, he travelled to Ukraine to witness the threat of missile strikes first hand.',
];
const join = (list: readonly string[]): string => list.join('\n\n');
const kinds = (rows: readonly ParagraphRow[]): string[] => rows.map((row) => row.kind);

describe('splitParagraphs', () => {
  it('splits on blank lines and trims each paragraph', () => {
    const text = '  First one.\n\n\nSecond\none. \n \nThird.';
    expect(splitParagraphs(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'First one.',
      'Second\none.',
      'Third.',
    ]);
  });

  it('splits on single line breaks when the text has no blank line', () => {
    const text = 'One.\nTwo.\r\nThree.';
    expect(splitParagraphs(text).map((s) => text.slice(s.start, s.end).trim())).toEqual([
      'One.',
      'Two.',
      'Three.',
    ]);
  });
});

describe('alignParagraphs', () => {
  it('pairs identical versions paragraph by paragraph', () => {
    const result = alignParagraphs(join(paragraphs), join(paragraphs));
    expect(kinds(result.rows)).toEqual(['same', 'same', 'same', 'same', 'same']);
  });

  it('shows an edited paragraph as changed, side by side', () => {
    const edited = [...paragraphs];
    edited[2] =
      'Among the latest measures is £200 million of funding to equip British forces with kit.';
    const result = alignParagraphs(join(paragraphs), join(edited));
    expect(result.rows[2]).toMatchObject({ kind: 'changed', a: 2, b: 2 });
    expect(kinds(result.rows).filter((k) => k !== 'same')).toEqual(['changed']);
  });

  it('shows a paragraph that changed place as moved, not deleted and inserted', () => {
    const moved = [paragraphs[1], paragraphs[2], paragraphs[3], paragraphs[4], paragraphs[0]];
    const result = alignParagraphs(join(paragraphs), join(moved as string[]));
    expect(kinds(result.rows)).not.toContain('deleted');
    expect(kinds(result.rows)).not.toContain('inserted');
    expect(result.rows.filter((row) => row.kind === 'moved-out')).toEqual([
      { kind: 'moved-out', a: 0, b: 4, similarity: 1 },
    ]);
    expect(result.rows.filter((row) => row.kind === 'moved-in')).toEqual([
      { kind: 'moved-in', a: 0, b: 4, similarity: 1 },
    ]);
  });

  it('reports new and removed paragraphs', () => {
    const next = [
      paragraphs[0],
      paragraphs[1],
      paragraphs[3],
      paragraphs[4],
      'A new closing line about something else entirely.',
    ];
    const result = alignParagraphs(join(paragraphs), join(next as string[]));
    expect(result.rows).toContainEqual({ kind: 'deleted', a: 2 });
    expect(result.rows).toContainEqual({ kind: 'inserted', b: 4 });
  });

  it('accounts for every paragraph of both versions exactly once, in order', () => {
    const text = fc
      .array(fc.constantFrom(...paragraphs, 'Short.', 'Another unrelated paragraph here.'), {
        maxLength: 12,
      })
      .map(join);
    fc.assert(
      fc.property(text, text, (a, b) => {
        const result = alignParagraphs(a, b);
        const seenA = result.rows.flatMap((r) =>
          r.kind === 'inserted' || r.kind === 'moved-in' ? [] : [r.a],
        );
        const seenB = result.rows.flatMap((r) =>
          r.kind === 'deleted' || r.kind === 'moved-out' ? [] : [r.b],
        );
        expect(seenA).toEqual(result.a.map((_, index) => index));
        expect(seenB).toEqual(result.b.map((_, index) => index));
      }),
    );
  });
});
