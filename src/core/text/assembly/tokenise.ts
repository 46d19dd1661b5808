// AssemblyScript, compiled to WebAssembly by scripts/build-wasm.ts (not part of the TypeScript
// build): tokeniseUtf8 (../tokenise-utf8.ts) branch for branch, over bytes in linear memory.
// The common token (ASCII letters) never leaves WebAssembly; anything rare asks JavaScript once:
// a character class or lower case not seen before (kept in tables here), an astral character's
// class, and a raw token that needs normalising ("we're", "£200m", "cannot").

@external('env', 'classOf')
declare function jsClassOf(code: i32): i32;
@external('env', 'classifyCodePoint')
declare function jsClassifyCodePoint(cp: i32): i32;
@external('env', 'lowerOf')
declare function jsLowerOf(code: i32): i32;
/** Normalise the raw token at input bytes [from, to): its term hashes go to NORM, returns how many. */
@external('env', 'normalise')
declare function jsNormalise(from: i32, to: i32, key: i32): i32;

const WORD = 1;
const IDEOGRAPH = 2;
const APOSTROPHE = 3;
const CURRENCY = 4;
const CLAUSE_AFTER = 1;
const SENTENCE_AFTER = 2;
const PARAGRAPH_AFTER = 4;
const CONTINUES = 8;
const TAIL_SHIFT = 4;
const FNV_OFFSET: u32 = 0x811c9dc5;
const FNV_PRIME: u32 = 0x01000193;

// Class + 1 per UTF-16 code unit (0: not asked yet), and lower case | 0x10000 (0: not asked yet).
const CLASSES = memory.data(65536);
const LOWERS = memory.data(65536 * 4);
/** Where jsNormalise writes a raw token's term hashes (at most 5 terms: £, 200, million, per, cent). */
const NORM = memory.data(64);

function hashOf(s: string): u32 {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = (h ^ <u32>s.charCodeAt(i)) * FNV_PRIME;
  return h;
}
const CANNOT = hashOf('cannot');
const PERCENT = hashOf('percent');

// The layout prepare() sets for a text of n bytes: input, then the token arrays and escapes.
let IN: usize = 0;
let HASHES: usize = 0;
let STARTS: usize = 0;
let ENDS: usize = 0;
let ESCAPES: usize = 0;
let FLAGS: usize = 0;
let KGRAMS: usize = 0;
let MARKS: usize = 0;
let POSITIONS: usize = 0;
let count = 0;
let escapeCount = 0;
let controls = 0;
let textLength = 0;

/** Make room for a text of n bytes; returns where its bytes go. */
export function prepare(n: i32): usize {
  // A raw token of b bytes gives at most b + 1 terms ("$1%": $, 1, per, cent), so 2n + 16 is room.
  const capacity = <usize>(2 * n + 16);
  IN = ((__heap_base + 15) & ~15) + 16;
  HASHES = (IN + <usize>n + 31) & ~15;
  STARTS = HASHES + 4 * capacity;
  ENDS = STARTS + 4 * capacity;
  ESCAPES = ENDS + 4 * capacity;
  FLAGS = ESCAPES + 4 * (<usize>n + 16);
  // winnow's k-gram hashes and marks: at most one of each per token.
  KGRAMS = (FLAGS + capacity + 15) & ~15;
  MARKS = KGRAMS + 4 * capacity;
  POSITIONS = MARKS + 4 * capacity;
  const top = POSITIONS + 4 * capacity;
  const pages = <i32>((top + 0xffff) >>> 16);
  const have = memory.size();
  if (pages > have && memory.grow(pages - have) < 0) return 0;
  // The bytes around the text read as 0, as a JavaScript array's do past its ends.
  store<u8>(IN - 1, 0);
  return IN;
}

/** Where the results of the last tokenise are. */
export function hashesAt(): usize {
  return HASHES;
}
/** As hashesAt. */
export function startsAt(): usize {
  return STARTS;
}
/** As hashesAt. */
export function endsAt(): usize {
  return ENDS;
}
/** As hashesAt. */
export function flagsAt(): usize {
  return FLAGS;
}
/** As hashesAt. */
export function escapesAt(): usize {
  return ESCAPES;
}
/** Where the last winnow's marks are. */
export function marksAt(): usize {
  return MARKS;
}
/** As marksAt. */
export function positionsAt(): usize {
  return POSITIONS;
}
/** Where jsNormalise writes term hashes. */
export function normAt(): usize {
  return NORM;
}
/** Tokens found by the last tokenise. */
export function tokenCount(): i32 {
  return count;
}
/** Escape positions found by the last tokenise. */
export function escapeTotal(): i32 {
  return escapeCount;
}
/** 1 when the last text had a control character other than tab and line breaks. */
export function sawControls(): i32 {
  return controls;
}
/** The last text's length in UTF-16 code units. */
export function utf16Length(): i32 {
  return textLength;
}

@inline
function byteAt(i: i32): i32 {
  return <i32>load<u8>(IN + <usize>i);
}

@inline
function isDigit(c: i32): bool {
  return c >= 48 && c <= 57;
}

@inline
function isLetter(c: i32): bool {
  return <u32>((c | 32) - 97) < 26;
}

// 1 for an ASCII byte after which a word of ASCII letters surely ends as it is.
@inline
function endsWord(d: i32): bool {
  return d < 0x80 && !isLetter(d) && !isDigit(d) && d != 39;
}

function classOf(code: i32): i32 {
  const at = CLASSES + <usize>code;
  let c = <i32>load<u8>(at);
  if (c == 0) {
    c = jsClassOf(code) + 1;
    store<u8>(at, <u8>c);
  }
  return c - 1;
}

function lowerOf(code: i32): i32 {
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
function sequenceLength(b: i32): i32 {
  return b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
}

function codePointAt(i: i32, length: i32): i32 {
  const b = byteAt(i);
  if (length == 1) return b;
  const c1 = byteAt(i + 1) & 0x3f;
  if (length == 2) return ((b & 0x1f) << 6) | c1;
  const c2 = byteAt(i + 2) & 0x3f;
  if (length == 3) return ((b & 0x0f) << 12) | (c1 << 6) | c2;
  return ((b & 0x07) << 18) | (c1 << 12) | (c2 << 6) | (byteAt(i + 3) & 0x3f);
}

// The class of the character at byte i, as the string tokeniser sees the code unit there.
function nextClass(i: i32): i32 {
  const length = sequenceLength(byteAt(i));
  return length == 4 ? 0 : classOf(codePointAt(i, length));
}

function isCloser(c: i32): bool {
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

function gapFlags(from: i32, to: i32): i32 {
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

function tailLength(from: i32, to: i32): i32 {
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

function markEdge(t: i32, from: i32, to: i32): void {
  const edge = gapFlags(from, to);
  const tail = (edge & SENTENCE_AFTER) != 0 ? tailLength(from, to) : 0;
  const at = FLAGS + <usize>t;
  store<u8>(at, <u8>(<i32>load<u8>(at) | edge | (tail << TAIL_SHIFT)));
}

@inline
function push(t: i32, hash: u32, start: i32, end: i32, flags: i32): void {
  const at = <usize>t;
  store<u32>(HASHES + 4 * at, hash);
  store<u32>(STARTS + 4 * at, <u32>start);
  store<u32>(ENDS + 4 * at, <u32>end);
  store<u8>(FLAGS + at, <u8>flags);
}

@inline
function fnvStep(h: u32, code: i32): u32 {
  return (h ^ <u32>code) * FNV_PRIME;
}

/** Tokenise the n bytes at prepare(n)'s address; results through the exports above. */
export function tokenise(n: i32): void {
  store<u64>(IN + <usize>n, 0);
  let t = 0;
  let skew = 0;
  let escapes = 0;
  let ctrl = 0;
  let last = -1;
  let gapFrom = 0;
  let spacesOnly = true;
  let i = 0;
  while (i < n) {
    const c = byteAt(i);
    if (c == 32) {
      i++;
      continue;
    }
    if (isLetter(c)) {
      let j = i;
      let d = c;
      let h = FNV_OFFSET;
      do {
        h = (h ^ <u32>(d | 32)) * FNV_PRIME;
        j++;
        d = j < n ? byteAt(j) : 32;
      } while (isLetter(d));
      if (endsWord(d) && h != CANNOT && h != PERCENT) {
        if (last >= 0 && !spacesOnly) markEdge(last, gapFrom, i);
        push(t, h, i - skew, j - skew, 0);
        last = t;
        t++;
        i = j;
        gapFrom = j;
        spacesOnly = true;
        continue;
      }
    }
    let cls: i32;
    let code = c;
    let length = 1;
    if (isLetter(c)) cls = WORD;
    else if (c < 0x80) {
      cls = classOf(c);
      if (c < 32 || c == 34 || c == 92) {
        store<u32>(ESCAPES + 4 * <usize>escapes, <u32>i);
        escapes++;
        if (c < 32 && c != 9 && c != 10 && c != 12 && c != 13) ctrl = 1;
      }
    } else {
      length = sequenceLength(c);
      code = codePointAt(i, length);
      cls = length == 4 ? jsClassifyCodePoint(code) : classOf(code);
    }
    const width = length == 4 ? 2 : 1;
    if (cls == IDEOGRAPH) {
      if (last >= 0 && !spacesOnly) markEdge(last, gapFrom, i);
      const start = i - skew;
      const h =
        width == 2
          ? fnvStep(fnvStep(FNV_OFFSET, 0xd800 + ((code - 0x10000) >> 10)), 0xdc00 + (code & 0x3ff))
          : fnvStep(FNV_OFFSET, code);
      push(t, h, start, start + width, 0);
      t++;
      i += length;
      skew += length - width;
      last = t - 1;
      gapFrom = i;
      spacesOnly = true;
      continue;
    }
    const money = cls == CURRENCY && width == 1 && i + length < n && isDigit(byteAt(i + length));
    if (cls != WORD && !money) {
      i += length;
      skew += length - width;
      spacesOnly = false;
      continue;
    }
    const from = i;
    const start = from - skew;
    if (last >= 0 && !spacesOnly) markEdge(last, gapFrom, from);
    let special = money;
    let digits = !money;
    let h = FNV_OFFSET;
    while (i < n) {
      const d = byteAt(i);
      const folded = d | 32;
      if (folded >= 97 && folded <= 122) {
        h = (h ^ <u32>folded) * FNV_PRIME;
        digits = false;
        i++;
        continue;
      }
      if (d == 32 || d == 10) break;
      if (d >= 0xf0) {
        const cp = codePointAt(i, 4);
        if (jsClassifyCodePoint(cp) != WORD) break;
        const high = 0xd800 + ((cp - 0x10000) >> 10);
        h = fnvStep(fnvStep(h, high), 0xdc00 + (cp & 0x3ff));
        digits = false;
        i += 4;
        skew += 2;
        continue;
      }
      const size = d < 0x80 ? 1 : d < 0xe0 ? 2 : 3;
      const unit = size == 1 ? d : codePointAt(i, size);
      const k = i == from && money ? WORD : classOf(unit);
      if (k == WORD) {
        if (unit >= 48 && unit <= 57) special = true;
        else digits = false;
        h = fnvStep(h, lowerOf(unit));
        i += size;
        skew += size - 1;
      } else if (k == APOSTROPHE && i > from && i + size < n && nextClass(i + size) == WORD) {
        special = true;
        digits = false;
        i += size;
        skew += size - 1;
      } else if ((d == 44 || d == 46) && i + 1 < n && isDigit(byteAt(i - 1)) && isDigit(byteAt(i + 1))) {
        digits = false;
        i++;
      } else if (d == 37 && isDigit(byteAt(i - 1))) {
        digits = false;
        i++;
        break;
      } else break;
    }
    const stop = i - skew;
    if ((!special || digits) && h != CANNOT && h != PERCENT) {
      push(t, h, start, stop, 0);
      t++;
    } else {
      const m = jsNormalise(from, i, <i32>(((h ^ <u32>(i - from)) * FNV_PRIME) >>> 17));
      for (let j = 0; j < m; j++) {
        push(t, load<u32>(NORM + 4 * <usize>j), start, stop, j > 0 ? CONTINUES : 0);
        t++;
      }
    }
    last = t - 1;
    gapFrom = i;
    spacesOnly = true;
  }
  if (last >= 0 && !spacesOnly) markEdge(last, gapFrom, n);
  count = t;
  escapeCount = escapes;
  controls = ctrl;
  textLength = n - skew;
}

const BASE: u32 = 0x9e3779b1;

@inline
function mix32(x: u32): u32 {
  let h = (x ^ (x >>> 16)) * 0x85ebca6b;
  h = (h ^ (h >>> 13)) * 0xc2b2ae35;
  return h ^ (h >>> 16);
}

@inline
function kgramAt(p: i32): u32 {
  return load<u32>(KGRAMS + 4 * <usize>p);
}

/**
 * winnowShared (../../echoes/winnow.ts) of the last tokenise's term hashes, step for step: the
 * marks go to marksAt/positionsAt; returns how many.
 */
export function winnow(k: i32, w: i32): i32 {
  const grams = count - k + 1;
  if (grams <= 0) return 0;
  let top: u32 = 1;
  for (let j = 1; j < k; j++) top *= BASE;
  let rolling: u32 = 0;
  for (let j = 0; j < k; j++) rolling = rolling * BASE + load<u32>(HASHES + 4 * <usize>j);
  store<u32>(KGRAMS, mix32(rolling));
  for (let p = 1; p < grams; p++) {
    rolling -= load<u32>(HASHES + 4 * <usize>(p - 1)) * top;
    rolling = rolling * BASE + load<u32>(HASHES + 4 * <usize>(p + k - 1));
    store<u32>(KGRAMS + 4 * <usize>p, mix32(rolling));
  }
  const window = w < grams ? w : grams;
  let kept = 0;
  let min = -1;
  for (let end = window - 1; end < grams; end++) {
    const from = end - window + 1;
    if (min < from) {
      min = from;
      for (let p = from + 1; p <= end; p++) if (kgramAt(p) <= kgramAt(min)) min = p;
    } else if (kgramAt(end) <= kgramAt(min)) min = end;
    else continue;
    store<u32>(MARKS + 4 * <usize>kept, kgramAt(min));
    store<u32>(POSITIONS + 4 * <usize>kept, <u32>min);
    kept++;
  }
  return kept;
}
