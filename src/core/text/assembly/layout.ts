// AssemblyScript (see tokenise.ts): the constants the JavaScript tokeniser shares, and the
// layout of linear memory: where prepare() puts a text and the arrays tokenise and winnow fill.

export const WORD = 1;
export const IDEOGRAPH = 2;
export const APOSTROPHE = 3;
export const CURRENCY = 4;
export const IGNORABLE = 5;
export const UNSPACED = 6;
export const UNSPACED_MARK = 7;
export const CLAUSE_AFTER = 1;
export const SENTENCE_AFTER = 2;
export const PARAGRAPH_AFTER = 4;
export const CONTINUES = 8;
export const TAIL_SHIFT = 4;
export const FNV_OFFSET: u32 = 0x811c9dc5;
export const FNV_PRIME: u32 = 0x01000193;

// Class + 1 per UTF-16 code unit (0: not asked yet), and lower case | 0x10000 (0: not asked yet).
export const CLASSES = memory.data(65536);
export const LOWERS = memory.data(65536 * 4);
/** Where jsNormalise writes a raw token's term hashes (at most 5 terms: £, 200, million, per, cent). */
export const NORM = memory.data(64);

export function hashOf(s: string): u32 {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = (h ^ <u32>s.charCodeAt(i)) * FNV_PRIME;
  return h;
}
export const CANNOT = hashOf('cannot');
export const PERCENT = hashOf('percent');

// The layout prepare() sets for a text of n bytes: input, then the token arrays and escapes.
export let IN: usize = 0;
export let HASHES: usize = 0;
export let STARTS: usize = 0;
export let ENDS: usize = 0;
export let ESCAPES: usize = 0;
export let FLAGS: usize = 0;
export let KGRAMS: usize = 0;
export let MARKS: usize = 0;
export let POSITIONS: usize = 0;
export let PACKED: usize = 0;
export let count = 0;
export let escapeCount = 0;
export let controls = 0;
export let textLength = 0;
export let ideographs = 0;
export let unspacedLetters = 0;

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
  // packSpans' bytes: at most 11 a token (a marker and two five-byte varints), ~1 in prose.
  PACKED = POSITIONS + 4 * capacity;
  const top = PACKED + 11 * capacity;
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
/** Where the last packSpans' bytes are. */
export function packedAt(): usize {
  return PACKED;
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
/** Chinese and Japanese characters among the last text's tokens (words-per-token.ts). */
export function ideographCount(): i32 {
  return ideographs;
}
/** Thai, Lao, Khmer and Myanmar letters among the last text's tokens (words-per-token.ts). */
export function unspacedLetterCount(): i32 {
  return unspacedLetters;
}

/** Records what the last tokenise found, for the exports above. */
@inline
export function setResults(
  tokens: i32,
  escapes: i32,
  ctrl: i32,
  length: i32,
  ideographTokens: i32,
  letterTokens: i32,
): void {
  count = tokens;
  ideographs = ideographTokens;
  unspacedLetters = letterTokens;
  escapeCount = escapes;
  controls = ctrl;
  textLength = length;
}
