/**
 * Chinese and Japanese (and Thai, Lao, Khmer and Myanmar) are written without spaces, so a run of their characters is no word the
 * index can split at separators: "中国政府是" would be one term, and neither "中国政府" nor "政府"
 * would find it. Such a run is indexed as its overlapping two-character terms ("中国", "国政",
 * "政府", "府是"), a lone character as itself: the CJK bigrams of Lucene's CJKAnalyzer and
 * Elasticsearch's `cjk` analyzer. Against one term per character they rank far better (two
 * characters are usually a word, or part of one: BM25 weighs "政府" and not 政 and 府 apart) and a
 * phrase's candidates are the articles holding its bigrams, not every one holding its characters;
 * the cost is more distinct terms, only in archives that hold such text. Thai and its neighbours
 * are read the same way (their vowel and tone marks folded away as accents are): a pair of their
 * letters is less often a word than a pair of ideographs, but a phrase's pairs in a row still
 * find it, and segmenting words by dictionary (Intl.Segmenter, Node 20) costs ~1 µs a character
 * in a short article and grows faster than the text (~130 µs a character in 85,000 of Thai).
 */

// Han, Hiragana and Katakana, with the signs those scripts share (ー, 々, 〆), and Thai, Lao,
// Khmer and Myanmar: what the echo tokeniser reads a character at a time, plus the signs inside
// their words. Not the combining marks (folded away) nor the middle dot, which the Unicode data
// also lists for these scripts.
/** The scripts written without spaces, as a pattern class's contents (for the `u` flag). */
export const unspacedScripts = String.raw`\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}`;
const cjkClass = String.raw`(?![\p{M}\u00b7])[${unspacedScripts}]`;
const cjkChar = new RegExp(cjkClass, 'u');
// A Thai (Lao, Khmer, Myanmar) letter's tone and vowel marks are kept with it (fold-term.ts), as
// one character of a pair: "ไก่" is the pair ไ·ก่, not ไ·ก and a lone mark.
const joinedMarks = String.raw`(?:(?=\p{M})[\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}])*`;
const cjkUnit = `${cjkClass}${joinedMarks}`;
const cjkUnitEach = new RegExp(cjkUnit, 'gu');
const cjkPieces = new RegExp(`(?:${cjkUnit})+|(?:(?!${cjkClass})[^])+`, 'gu');
// Every code unit a CJK character can hold (astral ones by their high surrogate), so a text with
// none is passed at one plain scan (~4 µs for 4 KB, against ~15 µs for the class above).
const cjkUnits =
  /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\ua9e0-\ua9ff\uaa60-\uaa7f\u2e80-\u9fff\ua700-\ua707\uf900-\ufaff\ufe45\ufe46\uff61-\uff9f\ud81b-\ud88d]/;

/** True when `s` holds a character of a script written without spaces. */
export function hasCjk(s: string): boolean {
  return cjkUnits.test(s) && cjkChar.test(s);
}

/** True for one character (code point) of those scripts. */
export function isCjkChar(ch: string): boolean {
  return cjkChar.test(ch);
}

const joinedMark = new RegExp(
  `^(?=\\p{M})[\\p{scx=Thai}\\p{scx=Lao}\\p{scx=Khmer}\\p{scx=Myanmar}]$`,
  'u',
);

/** The characters of a CJK term, each Thai (Lao, Khmer, Myanmar) letter with its marks. */
export function cjkCharsOf(term: string): string[] {
  return term.match(cjkUnitEach) ?? [];
}

/** True for a mark that joins the letter before it (a Thai tone or vowel mark, and the like). */
export function isJoinedMark(ch: string): boolean {
  return joinedMark.test(ch);
}

/**
 * The terms of one folded word holding CJK characters: each CJK run as its bigrams (a lone
 * character as itself), each other run passed to `other` ("iphone手机" → other("iphone"), 手机).
 */
export function pushCjkTerms(
  word: string,
  out: string[],
  other: (piece: string, out: string[]) => void,
): void {
  for (const [piece] of word.matchAll(cjkPieces)) {
    if (!cjkChar.test(piece)) {
      other(piece, out);
      continue;
    }
    const chars = cjkCharsOf(piece);
    if (chars.length === 1) out.push(piece);
    for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
  }
}
