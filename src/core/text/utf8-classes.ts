import { IGNORABLE, UNSPACED_MARK, WORD, classOf, classifyCodePoint } from './char-class';
import { codePointAt, sequenceLength } from './utf8-gap';

// What tokeniseUtf8 (tokenise-utf8.ts) asks of the characters after a word's first: the
// unprinted ones inside a word, an apostrophe's next character, and the marks that join a Thai
// (Lao, Khmer, Myanmar) letter.

/**
 * The byte where a word goes on after the IGNORABLE characters from byte `from` on, or -1 when no
 * word character follows them (an astral one is a word character if its class is WORD).
 */
export function afterIgnorable(bytes: Uint8Array, from: number, n: number): number {
  let j = from;
  while (j < n) {
    const length = sequenceLength(bytes[j] ?? 0);
    const cp = codePointAt(bytes, j, length);
    const cls = length === 4 ? classifyCodePoint(cp) : classOf(cp);
    if (cls === WORD) return j;
    if (cls !== IGNORABLE) return -1;
    j += length;
  }
  return -1;
}

/** How many characters start in bytes[from, to) (UTF-8 lead bytes: not 10xxxxxx). */
export function ignorableCount(bytes: Uint8Array, from: number, to: number): number {
  let count = 0;
  for (let j = from; j < to; j++) if (((bytes[j] ?? 0) & 0xc0) !== 0x80) count++;
  return count;
}

/**
 * The code point at byte `i` when it is an UNSPACED_MARK (every one is three bytes long), else -1.
 */
export function unspacedMarkAt(bytes: Uint8Array, i: number, n: number): number {
  const lead = bytes[i] ?? 0;
  if (i + 3 > n || lead < 0xe0 || lead >= 0xf0) return -1;
  const cp = codePointAt(bytes, i, 3);
  return classOf(cp) === UNSPACED_MARK ? cp : -1;
}

/**
 * The class of the character at byte i, as the string tokeniser sees the code unit there (the
 * high surrogate of an astral character is no word).
 */
export function nextClass(bytes: Uint8Array, i: number): number {
  const length = sequenceLength(bytes[i] ?? 0);
  return length === 4 ? 0 : classOf(codePointAt(bytes, i, length));
}
