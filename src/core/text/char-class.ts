/** Character classes the tokeniser needs, computed lazily per UTF-16 code unit. */

/** Not part of a word. */
export const OTHER = 0;
/** A letter, digit or mark of a script that separates words with spaces. */
export const WORD = 1;
/** A Han, Hiragana or Katakana character: written without spaces, so each is its own token. */
export const IDEOGRAPH = 2;
/** An apostrophe (straight, curly or modifier letter): joins word parts ("we’re"). */
export const APOSTROPHE = 3;
/** A currency sign, which starts a money token ("£200m"). */
export const CURRENCY = 4;
/**
 * A character that is never printed: the soft hyphen and the zero-width characters (space,
 * non-joiner, joiner, word joiner, byte-order mark). Web copy and wire feeds put them inside
 * words ("gov\u00ADernment"), so inside a word the tokenisers read on past them and hash the word
 * without them; elsewhere they are no part of a word, like OTHER.
 */
export const IGNORABLE = 5;
/**
 * A letter or digit of Thai, Lao, Khmer or Myanmar: scripts written without spaces between words
 * (a zero-width space, where there is one, is their word break). With no word edges to read,
 * each such character is a token with the combining marks after it, as an ideograph is.
 */
export const UNSPACED = 6;
/** A combining mark of those scripts: part of the token of the character before it. */
export const UNSPACED_MARK = 7;

/** The IGNORABLE characters, as a pattern class (for folding strings). */
export const ignorableChars = '\u00AD\u200B-\u200D\u2060\uFEFF';
const ignorableRe = new RegExp(`[${ignorableChars}]`, 'g');

/** True for a code point of class IGNORABLE. */
export function isIgnorable(cp: number): boolean {
  return cp === 0xad || (cp >= 0x200b && cp <= 0x200d) || cp === 0x2060 || cp === 0xfeff;
}

/** The string without its IGNORABLE characters (the same string when it holds none). */
export function dropIgnorable(s: string): string {
  return s.replace(ignorableRe, '');
}

const UNKNOWN = 255;
const classes = new Uint8Array(65536).fill(UNKNOWN);
const lowers = new Uint16Array(65536);
const lowerKnown = new Uint8Array(65536);

const ideographRe = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const wordRe = /[\p{L}\p{N}\p{M}]/u;
const currencyRe = /\p{Sc}/u;
const markRe = /\p{M}/u;

/** True for a code point of Thai, Lao, Myanmar or Khmer (all in the Basic Multilingual Plane). */
export function isUnspacedScript(cp: number): boolean {
  return (
    (cp >= 0x0e00 && cp <= 0x0eff) ||
    (cp >= 0x1000 && cp <= 0x109f) ||
    (cp >= 0x1780 && cp <= 0x17ff) ||
    (cp >= 0x19e0 && cp <= 0x19ff) ||
    (cp >= 0xa9e0 && cp <= 0xa9ff) ||
    (cp >= 0xaa60 && cp <= 0xaa7f)
  );
}

/** The class of a code point (astral code points included). */
export function classifyCodePoint(cp: number): number {
  if (isIgnorable(cp)) return IGNORABLE;
  const ch = String.fromCodePoint(cp);
  if (ideographRe.test(ch)) return IDEOGRAPH;
  if (wordRe.test(ch)) {
    if (!isUnspacedScript(cp)) return WORD;
    return markRe.test(ch) ? UNSPACED_MARK : UNSPACED;
  }
  if (cp === 0x27 || cp === 0x2019 || cp === 0x2bc || cp === 0xff07) return APOSTROPHE;
  if (currencyRe.test(ch)) return CURRENCY;
  return OTHER;
}

/** The class of one UTF-16 code unit (surrogates are OTHER; the tokeniser handles pairs). */
export function classOf(code: number): number {
  let c = classes[code] ?? OTHER;
  if (c === UNKNOWN) {
    c = code >= 0xd800 && code <= 0xdfff ? OTHER : classifyCodePoint(code);
    classes[code] = c;
  }
  return c;
}

/** Lower-case one code unit, keeping it one unit long so offsets and hashes stay simple. */
export function lowerOf(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code | 32 : code;
  if (lowerKnown[code] === 0) {
    const lower = String.fromCharCode(code).toLowerCase();
    lowers[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
    lowerKnown[code] = 1;
  }
  return lowers[code] ?? code;
}

/** Lower-case a string one code unit at a time, exactly as the tokeniser's fast path does. */
export function lowerTerm(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(lowerOf(s.charCodeAt(i)));
  return out;
}
