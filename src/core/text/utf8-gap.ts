import { CLAUSE_AFTER, PARAGRAPH_AFTER, SENTENCE_AFTER, TAIL_SHIFT, isCloser } from './token-flags';

/** Bytes in the UTF-8 sequence that starts with lead byte `b` (valid UTF-8 assumed). */
export function sequenceLength(b: number): number {
  return b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
}

/** The code point of the (valid) UTF-8 sequence of `length` bytes at `i`. */
export function codePointAt(bytes: Uint8Array, i: number, length: number): number {
  const b = bytes[i] ?? 0;
  if (length === 1) return b;
  const c1 = (bytes[i + 1] ?? 0) & 0x3f;
  if (length === 2) return ((b & 0x1f) << 6) | c1;
  const c2 = (bytes[i + 2] ?? 0) & 0x3f;
  if (length === 3) return ((b & 0x0f) << 12) | (c1 << 6) | c2;
  return ((b & 0x07) << 18) | (c1 << 12) | (c2 << 6) | ((bytes[i + 3] ?? 0) & 0x3f);
}

/** gapFlags (token-flags.ts) of the gap bytes[from, to) of a valid UTF-8 text. */
export function gapFlagsUtf8(bytes: Uint8Array, from: number, to: number): number {
  let flags = 0;
  let i = from;
  while (i < to) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      if (b === 32) continue;
      if (b === 46 || b === 33 || b === 63) flags |= SENTENCE_AFTER;
      else if (b === 10 || b === 13) flags |= PARAGRAPH_AFTER | SENTENCE_AFTER;
      else if (b === 44 || b === 59 || b === 58 || b === 40 || b === 41) flags |= CLAUSE_AFTER;
      continue;
    }
    const length = sequenceLength(b);
    // Astral characters are two surrogates in UTF-16, neither of them an edge.
    const c = length === 4 ? 0 : codePointAt(bytes, i, length);
    i += length;
    if (c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f) flags |= SENTENCE_AFTER;
    else if (c === 0x2029) flags |= PARAGRAPH_AFTER | SENTENCE_AFTER;
    else if (c === 0x2014 || c === 0x2013 || c === 0x3001 || c === 0xff0c) flags |= CLAUSE_AFTER;
  }
  return flags;
}

/** tailLength (token-flags.ts) of the gap bytes[from, to) of a valid UTF-8 text. */
export function tailLengthUtf8(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  let i = from;
  while (i < to && n < 15) {
    const length = sequenceLength(bytes[i] ?? 0);
    // An astral character starts with a high surrogate, which is no closer.
    if (length === 4 || !isCloser(codePointAt(bytes, i, length))) break;
    i += length;
    n++;
  }
  return n;
}

/** Set a token's edge flags (and its closing-punctuation tail) from the gap bytes after it. */
export function markEdgeUtf8(
  bytes: Uint8Array,
  flags: Uint8Array,
  t: number,
  from: number,
  to: number,
): void {
  const edge = gapFlagsUtf8(bytes, from, to);
  const tail = (edge & SENTENCE_AFTER) !== 0 ? tailLengthUtf8(bytes, from, to) : 0;
  flags[t] = (flags[t] ?? 0) | edge | (tail << TAIL_SHIFT);
}
