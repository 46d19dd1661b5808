import {
  APOSTROPHE,
  CURRENCY,
  IDEOGRAPH,
  IGNORABLE,
  UNSPACED,
  UNSPACED_MARK,
  WORD,
  classOf,
  classifyCodePoint,
  lowerOf,
} from './char-class';
import { FNV_OFFSET, fnvStep } from './hash';
import { CONTINUES } from './token-flags';
import type { TokenBuilder } from './token-stream';
import { ENDS_WORD, isDigit } from './ascii-word-end';
import { escapeArray, growEscapes } from './utf8-escapes';
import type { Utf8Tokens } from './utf8-tokens';
import { normaliseAt } from './raw-token-cache';
import { CANNOT, PERCENT, sharedBuilder } from './tokenise';
import { codePointAt, markEdgeUtf8 as markEdge, sequenceLength } from './utf8-gap';
import { afterIgnorable, ignorableCount, nextClass, unspacedMarkAt } from './utf8-classes';

const FNV_PRIME = 0x01000193;

/**
 * tokeniseShared (tokenise.ts) of the text whose valid UTF-8 encoding is bytes[0, end), read
 * from the bytes, so a file's text is never made into a string: the same tokens, hashes, flags
 * and spans — spans in UTF-16 code units, as offsets into the decoded text are. Every branch is
 * the string tokeniser's, with a multi-byte character decoded where it stands; `skew` (bytes read
 * minus code units passed) turns a byte position into a text offset. A control character (other
 * than tab and line breaks) is reported, not refused: the caller decides. `into` as in
 * tokeniseShared.
 */
export function tokeniseUtf8(
  bytes: Uint8Array,
  end = bytes.length,
  into: TokenBuilder = sharedBuilder,
): Utf8Tokens {
  const out = into;
  out.count = 0;
  let hashes = out.hashes;
  let starts = out.starts;
  let ends = out.ends;
  let flags = out.flags;
  let count = 0;
  // Tokens of the scripts written without spaces, for the text's tokens per word.
  let ideographs = 0;
  let letters = 0;
  const n = end;
  let skew = 0;
  let controls = false;
  let escapes = escapeArray();
  let escapeCount = 0;
  let last = -1;
  let gapFrom = 0;
  let spacesOnly = true;
  let i = 0;
  while (i < n) {
    const c = bytes[i] ?? 0;
    if (c === 32) {
      i++;
      continue;
    }
    // Most tokens: ASCII letters ended by a byte that can continue no word (space, punctuation
    // but the apostrophe). Hashed in a loop that looks at nothing else; any other token (or
    // "cannot"/"percent", which normalise to two terms) is read again below, branch by branch.
    if (((c | 32) - 97) >>> 0 < 26) {
      let j = i;
      let d = c;
      let h = FNV_OFFSET | 0;
      do {
        h = Math.imul(h ^ (d | 32), FNV_PRIME);
        j++;
        d = j < n ? (bytes[j] ?? 0) : 32;
      } while (((d | 32) - 97) >>> 0 < 26);
      const hash = h >>> 0;
      if (ENDS_WORD[d] === 1 && hash !== CANNOT && hash !== PERCENT) {
        if (last >= 0 && !spacesOnly) markEdge(bytes, flags, last, gapFrom, i);
        if (count === hashes.length) {
          out.count = count;
          out.grow(count + 1);
          ({ hashes, starts, ends, flags } = out);
        }
        hashes[count] = hash;
        starts[count] = i - skew;
        ends[count] = j - skew;
        flags[count] = 0;
        last = count;
        count++;
        i = j;
        gapFrom = j;
        spacesOnly = true;
        continue;
      }
    }
    let cls: number;
    let code = c;
    let length = 1;
    if ((c | 32) >= 97 && (c | 32) <= 122) cls = WORD;
    else if (c < 0x80) {
      cls = classOf(c);
      // No such byte is ever part of a word, so every one of them is seen here.
      if (c < 32 || c === 34 || c === 92) {
        if (escapeCount === escapes.length) escapes = growEscapes();
        escapes[escapeCount++] = i;
        if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) controls = true;
      }
    } else {
      length = sequenceLength(c);
      code = codePointAt(bytes, i, length);
      cls = length === 4 ? classifyCodePoint(code) : classOf(code);
    }
    // Code units of this character: an astral one is a surrogate pair.
    const width = length === 4 ? 2 : 1;
    if (cls === IDEOGRAPH || cls === UNSPACED || cls === UNSPACED_MARK) {
      if (cls === IDEOGRAPH) ideographs++;
      else if (cls === UNSPACED) letters++;
      if (last >= 0 && !spacesOnly) markEdge(bytes, flags, last, gapFrom, i);
      const start = i - skew;
      let h =
        width === 2
          ? fnvStep(fnvStep(FNV_OFFSET, 0xd800 + ((code - 0x10000) >> 10)), 0xdc00 + (code & 0x3ff))
          : fnvStep(FNV_OFFSET, code);
      let next = i + length;
      let units = width;
      // As the string tokeniser: the marks after a Thai (Lao, Khmer, Myanmar) character join it;
      // each is one code unit and three bytes.
      if (cls !== IDEOGRAPH)
        for (let mark = unspacedMarkAt(bytes, next, n); mark >= 0;) {
          h = fnvStep(h, mark);
          next += 3;
          units++;
          mark = unspacedMarkAt(bytes, next, n);
        }
      if (count + 1 > hashes.length) {
        out.count = count;
        out.grow(count + 1);
        ({ hashes, starts, ends, flags } = out);
      }
      hashes[count] = h;
      starts[count] = start;
      ends[count] = start + units;
      flags[count] = 0;
      count++;
      skew += next - i - units;
      i = next;
      last = count - 1;
      gapFrom = i;
      spacesOnly = true;
      continue;
    }
    // A currency sign followed by a digit starts money (an astral sign never: in UTF-16 its next
    // code unit is its own low surrogate).
    const money =
      cls === CURRENCY && width === 1 && i + length < n && isDigit(bytes[i + length] ?? 0);
    if (cls !== WORD && !money) {
      i += length;
      skew += length - width;
      spacesOnly = false;
      continue;
    }
    const from = i;
    const start = from - skew;
    if (last >= 0 && !spacesOnly) markEdge(bytes, flags, last, gapFrom, from);
    let special = money;
    let digits = !money;
    let h = FNV_OFFSET | 0;
    while (i < n) {
      const d = bytes[i] ?? 0;
      const folded = d | 32;
      if (folded >= 97 && folded <= 122) {
        h = Math.imul(h ^ folded, FNV_PRIME);
        digits = false;
        i++;
        continue;
      }
      if (d === 32 || d === 10) break;
      if (d >= 0xf0) {
        const cp = codePointAt(bytes, i, 4);
        if (classifyCodePoint(cp) !== WORD) break;
        const high = 0xd800 + ((cp - 0x10000) >> 10);
        h = Math.imul(Math.imul(h ^ high, FNV_PRIME) ^ (0xdc00 + (cp & 0x3ff)), FNV_PRIME);
        digits = false;
        i += 4;
        skew += 2;
        continue;
      }
      const size = d < 0x80 ? 1 : d < 0xe0 ? 2 : 3;
      const unit = size === 1 ? d : codePointAt(bytes, i, size);
      const k = i === from && money ? WORD : classOf(unit);
      if (k === WORD) {
        if (unit >= 48 && unit <= 57) special = true;
        else digits = false;
        h = Math.imul(h ^ lowerOf(unit), FNV_PRIME);
        i += size;
        skew += size - 1;
      } else if (k === IGNORABLE) {
        // As the string tokeniser: read on past unprinted characters only into a word character.
        const after = afterIgnorable(bytes, i + size, n);
        if (after < 0) break;
        // Every IGNORABLE character is one code unit: the bytes skipped less their count.
        skew += after - i - ignorableCount(bytes, i, after);
        i = after;
      } else if (
        k === APOSTROPHE &&
        i > from &&
        i + size < n &&
        nextClass(bytes, i + size) === WORD
      ) {
        special = true;
        digits = false;
        i += size;
        skew += size - 1;
      } else if (
        (d === 44 || d === 46) &&
        i + 1 < n &&
        isDigit(bytes[i - 1] ?? 0) &&
        isDigit(bytes[i + 1] ?? 0)
      ) {
        digits = false;
        i++;
      } else if (d === 37 && isDigit(bytes[i - 1] ?? 0)) {
        digits = false;
        i++;
        break;
      } else break;
    }
    const stop = i - skew;
    const hash = h >>> 0;
    if ((!special || digits) && hash !== CANNOT && hash !== PERCENT) {
      if (count + 1 > hashes.length) {
        out.count = count;
        out.grow(count + 1);
        ({ hashes, starts, ends, flags } = out);
      }
      hashes[count] = hash;
      starts[count] = start;
      ends[count] = stop;
      flags[count] = 0;
      count++;
    } else {
      const found = normaliseAt(bytes, from, i, Math.imul(h ^ (i - from), FNV_PRIME) >>> 17);
      const m = found.hashes.length;
      if (count + m > hashes.length) {
        out.count = count;
        out.grow(count + m);
        ({ hashes, starts, ends, flags } = out);
      }
      for (let j = 0; j < m; j++) {
        hashes[count] = found.hashes[j] ?? 0;
        starts[count] = start;
        ends[count] = stop;
        flags[count] = j > 0 ? CONTINUES : 0;
        count++;
      }
    }
    last = count - 1;
    gapFrom = i;
    spacesOnly = true;
  }
  if (last >= 0 && !spacesOnly) markEdge(bytes, flags, last, gapFrom, n);
  out.count = count;
  out.ideographs = ideographs;
  out.unspacedLetters = letters;
  return {
    tokens: out,
    length: n - skew,
    controls,
    escapes: escapes.subarray(0, escapeCount),
  };
}
