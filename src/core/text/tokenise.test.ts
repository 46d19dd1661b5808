import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashTerm } from './hash';
import { CONTINUES, SENTENCE_AFTER } from './token-flags';
import { tokenise } from './tokenise';

const termsOf = (text: string): string[] => {
  const terms: string[] = [];
  tokenise(text, terms);
  return terms;
};

describe('tokenise', () => {
  it.each([
    ['we’re', 'we are'],
    ["We're", 'we are'],
    ['don’t', 'do not'],
    ['it’s', 'it is'],
    ['cannot', 'can not'],
    ['£200m', '£200 million'],
    ['£1.5bn', '£1.5 billion'],
    ['$5bn', '$5 billion'],
    ['1,000', '1000'],
    ['10%', '10 per cent'],
    ['10%', '10 percent'],
    ['so-called', 'so called'],
    ['multi–national', 'multi-national'],
    ['‘coalition of the willing’', '"coalition of the willing"'],
    ['THE  Ukraine', 'the\nukraine'],
    // Soft hyphens and zero-width characters as sites print them inside words.
    ['gov\u00ADern\u00ADment', 'government'],
    ['can\u00ADnot', 'cannot'],
    ['£2\u200B00m', '£200m'],
    ['ZWNJ\u200Cand\u200DZWJ', 'zwnjandzwj'],
    ['word\u2060joined \uFEFFbom', 'wordjoined bom'],
  ])('treats %s and %s alike', (x, y) => {
    expect(termsOf(x)).toEqual(termsOf(y));
  });

  it.each([
    ['Ukraine’s', 'Ukraine is'],
    ['200m race', '200 million race'],
    ['supportive measures', 'measures'],
  ])('keeps %s and %s apart', (x, y) => {
    expect(termsOf(x)).not.toEqual(termsOf(y));
  });

  it('maps every term of a contraction back to the original word', () => {
    const text = 'support we’re providing';
    const t = tokenise(text);
    expect(t.count).toBe(4);
    expect(text.slice(t.starts[1], t.ends[1])).toBe('we’re');
    expect(text.slice(t.starts[2], t.ends[2])).toBe('we’re');
    expect((t.flags[2] ?? 0) & CONTINUES).toBe(CONTINUES);
  });

  it('reads a wire paragraph with soft hyphens as the plain one, its spans on the printed words', () => {
    // As a news site hyphenates for narrow columns: &shy; between syllables of the long words.
    const plain =
      'The government announced on Tuesday that the infrastructure programme would be delayed.';
    const shy =
      'The gov\u00ADern\u00ADment an\u00ADnounced on Tues\u00ADday that the in\u00ADfra\u00ADstruc\u00ADture pro\u00ADgramme would be de\u00ADlayed.';
    const a = tokenise(plain);
    const b = tokenise(shy);
    expect([...b.hashes]).toEqual([...a.hashes]);
    expect([...b.flags]).toEqual([...a.flags]);
    expect(shy.slice(b.starts[1], b.ends[1])).toBe('gov\u00ADern\u00ADment');
    expect(shy.slice(b.starts[11], b.ends[11])).toBe('de\u00ADlayed');
  });

  it('ends a word before unprinted characters that no letter follows', () => {
    const text = 'end\u00AD \u200Bstart\u200B.';
    const t = tokenise(text);
    expect(termsOf(text)).toEqual(['end', 'start']);
    expect(text.slice(t.starts[0], t.ends[0])).toBe('end');
    expect(text.slice(t.starts[1], t.ends[1])).toBe('start');
    expect((t.flags[1] ?? 0) & SENTENCE_AFTER).toBe(SENTENCE_AFTER);
  });

  it('splits writing without spaces into one token per ideograph', () => {
    const text = '英国は200万ポンドを拠出する。';
    const terms = termsOf(text);
    expect(terms).toContain('英');
    expect(terms).toContain('200');
    expect(terms.length).toBeGreaterThan(8);
  });

  it('reads Thai as its characters with their marks, breaking at a zero-width space', () => {
    // Thai prints no spaces between words; a zero-width space, where a site puts one, is the
    // break, not a character inside a word to read past as in "gov\u200Bernment".
    const plain = 'รัฐบาลจะเพิ่มงบ';
    const broken = 'รัฐบาล\u200Bจะ\u200Bเพิ่ม\u200Bงบ';
    expect(termsOf(plain)).toEqual(['รั', 'ฐ', 'บ', 'า', 'ล', 'จ', 'ะ', 'เ', 'พิ่', 'ม', 'ง', 'บ']);
    expect(termsOf(broken)).toEqual(termsOf(plain));
    const t = tokenise(broken);
    expect(broken.slice(t.starts[8], t.ends[8])).toBe('พิ่');
    // A Latin word after one still stops at the script's edge.
    expect(termsOf('iPhoneรุ่น')).toEqual(['iphone', 'รุ่', 'น']);
  });

  it('matches a Thai quote printed twice with one word changed, as one passage', () => {
    const a = tokenise('"รัฐบาลจะเพิ่มงบประมาณด้านการศึกษาอีกสองหมื่นล้านบาท"');
    const b = tokenise('"รัฐบาลจะเพิ่มงบประมาณด้านการศึกษาอีกสามหมื่นล้านบาท"');
    const same = [...a.hashes].filter((h, i) => h === b.hashes[i]).length;
    expect(a.count).toBe(b.count);
    expect(same).toBe(a.count - 2);
  });

  it('gives each call its own tokens although one builder serves every call', () => {
    const long = tokenise('one two three four five six seven eight nine ten eleven twelve.');
    const short = tokenise('Twelve 2016, 007');
    expect(short.count).toBe(3);
    expect(short.hashes.length).toBe(3);
    expect(long.count).toBe(12);
    expect(long.hashes[0]).toBe(hashTerm('one'));
    expect([...short.hashes]).toEqual(['twelve', '2016', '007'].map(hashTerm));
  });

  it('marks sentence edges', () => {
    const t = tokenise('One two. Three');
    expect((t.flags[1] ?? 0) & SENTENCE_AFTER).toBe(SENTENCE_AFTER);
    expect((t.flags[0] ?? 0) & SENTENCE_AFTER).toBe(0);
  });

  it('keeps spans in bounds, ordered, and hashes equal to the terms they stand for', () => {
    const alphabet = fc.constantFrom(
      ..."ab Zé ’' ,.£$%1 0\n—-漢字かナ한국어 Ωμέγα 🙂 ﬁ İ\u00AD\u200B\u200D\uFEFF".split(''),
      'we’re',
      '£200m',
      '1,000',
      'cannot',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const terms: string[] = [];
        const t = tokenise(text, terms);
        expect(terms.length).toBe(t.count);
        let last = 0;
        for (let i = 0; i < t.count; i++) {
          const start = t.starts[i] ?? -1;
          const end = t.ends[i] ?? -1;
          const continues = ((t.flags[i] ?? 0) & CONTINUES) !== 0;
          if (continues) expect([start, end]).toEqual([t.starts[i - 1], t.ends[i - 1]]);
          else expect(start).toBeGreaterThanOrEqual(last);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(t.hashes[i]).toBe(hashTerm(terms[i] ?? ''));
          last = end;
        }
      }),
    );
  });
});
