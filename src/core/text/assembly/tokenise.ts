// AssemblyScript, compiled to WebAssembly by scripts/build-wasm.ts (not part of the TypeScript
// build): tokeniseUtf8 (../tokenise-utf8.ts) branch for branch, over bytes in linear memory.
// The common token (ASCII letters) never leaves WebAssembly; anything rare asks JavaScript once:
// a character class or lower case not seen before (kept in tables here), an astral character's
// class, and a raw token that needs normalising ("we're", "£200m", "cannot").

import {
  APOSTROPHE,
  CANNOT,
  CONTINUES,
  CURRENCY,
  ESCAPES,
  FNV_OFFSET,
  FNV_PRIME,
  IDEOGRAPH,
  IGNORABLE,
  IN,
  NORM,
  PERCENT,
  UNSPACED,
  UNSPACED_MARK,
  WORD,
  setResults,
} from './layout';
import {
  afterIgnorable,
  byteAt,
  charCount,
  classOf,
  codePointAt,
  endsWord,
  fnvStep,
  isDigit,
  isLetter,
  jsClassifyCodePoint,
  lowerOf,
  markEdge,
  nextClass,
  push,
  sequenceLength,
  unspacedMarkAt,
} from './bytes';
import { normaliseCached } from './raw-cache';

// The module's exports: where things are in linear memory, and the two steps.
export {
  escapeTotal,
  escapesAt,
  ideographCount,
  endsAt,
  flagsAt,
  hashesAt,
  marksAt,
  normAt,
  packedAt,
  positionsAt,
  prepare,
  sawControls,
  startsAt,
  tokenCount,
  unspacedLetterCount,
  utf16Length,
} from './layout';
export { winnow } from './winnow';
export { packSpans } from './spans';
// The mark store's sort, used in an instance of its own (../../echoes/clusters/wasm-marks.ts).
export {
  heapStart,
  keepBuckets,
  lookUp,
  noteDoc,
  reserve,
  spreadAll,
  starSeeds,
  unpack,
} from './marks';
// The lone-seed checks, over token hashes kept in an instance of their own (wasm-hashes.ts).
export { loneSeeds } from './lone-seeds';

/** Tokenise the n bytes at prepare(n)'s address; results through the exports above. */
export function tokenise(n: i32): void {
  store<u64>(IN + <usize>n, 0);
  // The text's address in a local, not a global read again for every byte.
  const text = IN;
  let t = 0;
  let ideographs = 0;
  let letters = 0;
  let skew = 0;
  let escapes = 0;
  let ctrl = 0;
  let last = -1;
  let gapFrom = 0;
  let spacesOnly = true;
  let i = 0;
  while (i < n) {
    const c = <i32>load<u8>(text + <usize>i);
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
        // Past the text, the 0 stored above ends the word as a space would.
        d = <i32>load<u8>(text + <usize>j);
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
    if (cls == IDEOGRAPH || cls == UNSPACED || cls == UNSPACED_MARK) {
      if (cls == IDEOGRAPH) ideographs++;
      else if (cls == UNSPACED) letters++;
      if (last >= 0 && !spacesOnly) markEdge(last, gapFrom, i);
      const start = i - skew;
      let h =
        width == 2
          ? fnvStep(fnvStep(FNV_OFFSET, 0xd800 + ((code - 0x10000) >> 10)), 0xdc00 + (code & 0x3ff))
          : fnvStep(FNV_OFFSET, code);
      let next = i + length;
      let units = width;
      // A Thai (Lao, Khmer, Myanmar) character's marks join it (as tokeniseUtf8).
      if (cls != IDEOGRAPH) {
        let mark = unspacedMarkAt(next, n);
        while (mark >= 0) {
          h = fnvStep(h, mark);
          next += 3;
          units++;
          mark = unspacedMarkAt(next, n);
        }
      }
      push(t, h, start, start + units, 0);
      t++;
      skew += next - i - units;
      i = next;
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
      } else if (k == IGNORABLE) {
        // Unprinted characters read past only into a word character (as tokeniseUtf8).
        const after = afterIgnorable(i + size, n);
        if (after < 0) break;
        skew += after - i - charCount(i, after);
        i = after;
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
      const m = normaliseCached(from, i, <i32>(((h ^ <u32>(i - from)) * FNV_PRIME) >>> 17));
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
  setResults(t, escapes, ctrl, n - skew, ideographs, letters);
}
