// AssemblyScript (see tokenise.ts): reading the text's bytes as the string tokeniser reads its
// code units, the classes and lower cases JavaScript is asked for once, and the flags of a gap.

import {
  CLASSES,
  CLAUSE_AFTER,
  ENDS,
  FLAGS,
  FNV_PRIME,
  HASHES,
  IGNORABLE,
  IN,
  LOWERS,
  PARAGRAPH_AFTER,
  SENTENCE_AFTER,
  STARTS,
  TAIL_SHIFT,
  UNSPACED_MARK,
  WORD,
} from './layout';

@external('env', 'classOf')
export declare function jsClassOf(code: i32): i32;
@external('env', 'classifyCodePoint')
export declare function jsClassifyCodePoint(cp: i32): i32;
@external('env', 'lowerOf')
export declare function jsLowerOf(code: i32): i32;
/** Normalise the raw token at input bytes [from, to): its term hashes go to NORM, returns how many. */
@external('env', 'normalise')
export declare function jsNormalise(from: i32, to: i32, key: i32): i32;

@inline
export function byteAt(i: i32): i32 {
  return <i32>load<u8>(IN + <usize>i);
}

@inline
export function isDigit(c: i32): bool {
  return c >= 48 && c <= 57;
}

@inline
export function isLetter(c: i32): bool {
  return <u32>((c | 32) - 97) < 26;
}

// 1 for an ASCII byte after which a word of ASCII letters surely ends as it is.
@inline
export function endsWord(d: i32): bool {
  return d < 0x80 && !isLetter(d) && !isDigit(d) && d != 39;
}

export function classOf(code: i32): i32 {
  const at = CLASSES + <usize>code;
  let c = <i32>load<u8>(at);
  if (c == 0) {
    c = jsClassOf(code) + 1;
    store<u8>(at, <u8>c);
  }
  return c - 1;
}

export function lowerOf(code: i32): i32 {
  if (code < 128) return code >= 65 && code <= 90 ? code | 32 : code;
  const at = LOWERS + 4 * <usize>code;
  let c = load<u32>(at);
  if (c == 0) {
    c = <u32>jsLowerOf(code) | 0x10000;
    store<u32>(at, c);
  }
  return <i32>(c & 0xffff);
}

@inline
export function sequenceLength(b: i32): i32 {
  return b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
}

export function codePointAt(i: i32, length: i32): i32 {
  const b = byteAt(i);
  if (length == 1) return b;
  const c1 = byteAt(i + 1) & 0x3f;
  if (length == 2) return ((b & 0x1f) << 6) | c1;
  const c2 = byteAt(i + 2) & 0x3f;
  if (length == 3) return ((b & 0x0f) << 12) | (c1 << 6) | c2;
  return ((b & 0x07) << 18) | (c1 << 12) | (c2 << 6) | (byteAt(i + 3) & 0x3f);
}

// The byte where a word goes on after the IGNORABLE characters from byte `from` on, or -1 when no
// word character follows them (tokeniseUtf8's afterIgnorable).
export function afterIgnorable(from: i32, n: i32): i32 {
  let j = from;
  while (j < n) {
    const length = sequenceLength(byteAt(j));
    const cp = codePointAt(j, length);
    const cls = length == 4 ? jsClassifyCodePoint(cp) : classOf(cp);
    if (cls == WORD) return j;
    if (cls != IGNORABLE) return -1;
    j += length;
  }
  return -1;
}

// The code point at byte i when it is an UNSPACED_MARK (each is three bytes long), else -1
// (tokeniseUtf8's unspacedMarkAt).
export function unspacedMarkAt(i: i32, n: i32): i32 {
  const lead = byteAt(i);
  if (i + 3 > n || lead < 0xe0 || lead >= 0xf0) return -1;
  const cp = codePointAt(i, 3);
  return classOf(cp) == UNSPACED_MARK ? cp : -1;
}

// How many characters start in bytes [from, to) (UTF-8 lead bytes: not 10xxxxxx).
export function charCount(from: i32, to: i32): i32 {
  let count = 0;
  for (let j = from; j < to; j++) if ((byteAt(j) & 0xc0) != 0x80) count++;
  return count;
}

// The class of the character at byte i, as the string tokeniser sees the code unit there.
export function nextClass(i: i32): i32 {
  const length = sequenceLength(byteAt(i));
  return length == 4 ? 0 : classOf(codePointAt(i, length));
}

export function isCloser(c: i32): bool {
  switch (c) {
    case 0x2e:
    case 0x21:
    case 0x3f:
    case 0x2026:
    case 0x2c:
    case 0x3b:
    case 0x3a:
    case 0x2019:
    case 0x201d:
    case 0x22:
    case 0x27:
    case 0x29:
    case 0x5d:
    case 0xbb:
    case 0x3002:
    case 0xff01:
    case 0xff1f:
      return true;
  }
  return false;
}

export function gapFlags(from: i32, to: i32): i32 {
  let flags = 0;
  let i = from;
  while (i < to) {
    const b = byteAt(i);
    if (b < 0x80) {
      i++;
      if (b == 32) continue;
      if (b == 46 || b == 33 || b == 63) flags |= SENTENCE_AFTER;
      else if (b == 10 || b == 13) flags |= PARAGRAPH_AFTER | SENTENCE_AFTER;
      else if (b == 44 || b == 59 || b == 58 || b == 40 || b == 41) flags |= CLAUSE_AFTER;
      continue;
    }
    const length = sequenceLength(b);
    const c = length == 4 ? 0 : codePointAt(i, length);
    i += length;
    if (c == 0x2026 || c == 0x3002 || c == 0xff01 || c == 0xff1f) flags |= SENTENCE_AFTER;
    else if (c == 0x2029) flags |= PARAGRAPH_AFTER | SENTENCE_AFTER;
    else if (c == 0x2014 || c == 0x2013 || c == 0x3001 || c == 0xff0c) flags |= CLAUSE_AFTER;
  }
  return flags;
}

export function tailLength(from: i32, to: i32): i32 {
  let n = 0;
  let i = from;
  while (i < to && n < 15) {
    const length = sequenceLength(byteAt(i));
    if (length == 4 || !isCloser(codePointAt(i, length))) break;
    i += length;
    n++;
  }
  return n;
}

export function markEdge(t: i32, from: i32, to: i32): void {
  const edge = gapFlags(from, to);
  const tail = (edge & SENTENCE_AFTER) != 0 ? tailLength(from, to) : 0;
  const at = FLAGS + <usize>t;
  store<u8>(at, <u8>(<i32>load<u8>(at) | edge | (tail << TAIL_SHIFT)));
}

@inline
export function push(t: i32, hash: u32, start: i32, end: i32, flags: i32): void {
  const at = <usize>t;
  store<u32>(HASHES + 4 * at, hash);
  store<u32>(STARTS + 4 * at, <u32>start);
  store<u32>(ENDS + 4 * at, <u32>end);
  store<u8>(FLAGS + at, <u8>flags);
}

@inline
export function fnvStep(h: u32, code: i32): u32 {
  return (h ^ <u32>code) * FNV_PRIME;
}
