import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokeniseShared } from './tokenise';
import { tokeniseUtf8 } from './tokenise-utf8';

const utf8 = new TextEncoder();

/** Both tokenisers' output as plain arrays, for one comparison. */
function both(text: string) {
  const s = tokeniseShared(text);
  const n = s.count;
  const fromString = {
    hashes: [...s.hashes.subarray(0, n)],
    starts: [...s.starts.subarray(0, n)],
    ends: [...s.ends.subarray(0, n)],
    flags: [...s.flags.subarray(0, n)],
    length: text.length,
  };
  const b = tokeniseUtf8(utf8.encode(text));
  const m = b.tokens.count;
  const fromBytes = {
    hashes: [...b.tokens.hashes.subarray(0, m)],
    starts: [...b.tokens.starts.subarray(0, m)],
    ends: [...b.tokens.ends.subarray(0, m)],
    flags: [...b.tokens.flags.subarray(0, m)],
    length: b.length,
  };
  return { fromString, fromBytes, controls: b.controls };
}

// Pieces that take every branch: words, edges, apostrophes, money, numbers, per cent, accents,
// letters whose lower case is longer, ideographs, astral letters, an astral currency sign,
// combining marks, paragraph separators and control characters.
const PIECES = [
  ...'aZq09 \n\r\t.,;:!?()\'’ʼ＇"“”«»…—–%$£€¥'.split(''),
  'we’re',
  "can't",
  '£200m',
  '1,000.5',
  '10%',
  'cannot',
  'PERCENT',
  'é',
  'Ü',
  'ß',
  'İ',
  '中',
  'ひ',
  'カ',
  '。',
  '！',
  '？',
  '、',
  '，',
  '😀',
  '𝒜',
  '\u{1E2FF}',
  '\u0301',
  '\u2029',
  '\u00a0',
  '\u0001',
  '٣',
  '\u00AD',
  '\u200B',
  '\u200D',
  '\u2060',
  '\uFEFF',
  // Scripts without spaces between words: letters, their marks alone and joined, a Thai digit.
  'ที่',
  'ก',
  '\u0E48',
  '๒',
  'ຄົນ',
  'ខ្មែរ',
  'မြန်',
];

describe('tokeniseUtf8', () => {
  it('gives the string tokeniser’s tokens, spans (UTF-16) and flags for texts of every branch', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const { fromString, fromBytes } = both(pieces.join(''));
        expect(fromBytes).toEqual(fromString);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the string tokeniser’s tokens for any well-formed Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const { fromString, fromBytes } = both(text);
        expect(fromBytes).toEqual(fromString);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps UTF-16 offsets after multi-byte and astral characters', () => {
    const text = 'Café 😀 £200m we’re done.';
    const { tokens } = tokeniseUtf8(utf8.encode(text));
    const words = [...tokens.starts.subarray(0, tokens.count)].map((s, i) =>
      text.slice(s, tokens.ends[i]),
    );
    expect(words).toEqual(['Café', '£200m', '£200m', '£200m', 'we’re', 'we’re', 'done']);
  });

  it('reports control characters, but not tabs, line breaks or form feeds', () => {
    expect(both('one\ttwo\r\nthree\ffour\n').controls).toBe(false);
    expect(both('one\u0001two').controls).toBe(true);
    expect(both('one\u001btwo').controls).toBe(true);
  });

  it('finds every byte a JSON string escapes (controls, quote, backslash), in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES, '\\', '"', 'word'), { maxLength: 60 }),
        (pieces) => {
          const bytes = utf8.encode(pieces.join(''));
          const expected = [...bytes.keys()].filter((i) => {
            const b = bytes[i] ?? 0;
            return b < 32 || b === 34 || b === 92;
          });
          expect([...tokeniseUtf8(bytes).escapes]).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('ends a word of ASCII letters as the string tokeniser does, whatever follows it', () => {
    // The letters-only loop hands a word back to the general path when the byte after it may
    // continue it (digit, apostrophe, non-ASCII) or the word is "cannot"/"percent".
    const after = ["'s", '’re', '9', 'é', '😀', '中', ' ', '.', ',', '%', '$5', '\n', '"', ''];
    for (const word of ['word', 'Cannot', 'PERCENT', 'cannots', 'x'])
      for (const next of after) {
        const text = `${word}${next} ${word}`;
        const { fromString, fromBytes } = both(text);
        expect(fromBytes).toEqual(fromString);
        // Cut at every byte: the word may end at the end of what is read.
        const bytes = utf8.encode(text);
        for (let end = 0; end <= bytes.length; end++) {
          const cut = new TextDecoder().decode(bytes.subarray(0, end));
          if (utf8.encode(cut).length !== end) continue;
          const read = tokeniseUtf8(bytes, end).tokens;
          // Copied before the string tokeniser refills the shared builder.
          const fromBytes = [...read.hashes.subarray(0, read.count)];
          const s = tokeniseShared(cut);
          expect(fromBytes).toEqual([...s.hashes.subarray(0, s.count)]);
        }
      }
  });

  it('reads only the bytes before `end`', () => {
    const bytes = utf8.encode('first words here');
    expect(tokeniseUtf8(bytes, 5).tokens.count).toBe(1);
    expect(tokeniseUtf8(bytes, 5).length).toBe(5);
  });
});
