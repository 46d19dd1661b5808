import {
  APOSTROPHE,
  CURRENCY,
  IDEOGRAPH,
  WORD,
  classOf,
  classifyCodePoint,
  lowerOf,
  lowerTerm,
} from './char-class';
import { FNV_OFFSET, fnvStep, hashTerm } from './hash';
import { normaliseToken } from './normalise-token';
import { CONTINUES, SENTENCE_AFTER, TAIL_SHIFT, gapFlags, tailLength } from './token-flags';
import { TokenBuilder, type TokenStream } from './token-stream';

const SPECIAL_WORD_HASHES = new Set(['cannot', 'percent'].map(hashTerm));

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/**
 * Split a text into normalised tokens, each with the span of the original token it came from.
 * Plain words take a fast path (hashed while scanned, no strings); tokens with apostrophes, digits
 * or currency go through `normaliseToken`. Pass `terms` to also collect each token's string.
 */
export function tokenise(text: string, terms?: string[]): TokenStream {
  const out = new TokenBuilder(Math.max(16, text.length >> 2));
  const scratch: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let cls: number;
    let width = 1;
    if (isHigh(c) && i + 1 < n) {
      cls = classifyCodePoint(text.codePointAt(i) ?? 0);
      width = 2;
    } else cls = classOf(c);
    if (cls === IDEOGRAPH) {
      let h = fnvStep(FNV_OFFSET, c);
      if (width === 2) h = fnvStep(h, text.charCodeAt(i + 1));
      out.push(h, i, i + width, 0);
      terms?.push(text.slice(i, i + width));
      i += width;
      continue;
    }
    const money = cls === CURRENCY && i + 1 < n && isDigit(text.charCodeAt(i + 1));
    if (cls !== WORD && !money) {
      i += width;
      continue;
    }
    const start = i;
    let special = money;
    let h = FNV_OFFSET;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isHigh(d) && i + 1 < n) {
        if (classifyCodePoint(text.codePointAt(i) ?? 0) !== WORD) break;
        h = fnvStep(fnvStep(h, d), text.charCodeAt(i + 1));
        i += 2;
        continue;
      }
      const k = i === start && money ? WORD : classOf(d);
      if (k === WORD) {
        if (isDigit(d)) special = true;
        h = fnvStep(h, lowerOf(d));
        i++;
      } else if (
        k === APOSTROPHE &&
        i > start &&
        i + 1 < n &&
        classOf(text.charCodeAt(i + 1)) === WORD
      ) {
        special = true;
        i++;
      } else if (
        (d === 44 || d === 46) &&
        isDigit(text.charCodeAt(i - 1)) &&
        isDigit(text.charCodeAt(i + 1))
      ) {
        i++;
      } else if (d === 37 && isDigit(text.charCodeAt(i - 1))) {
        i++;
        break;
      } else break;
    }
    if (!special && SPECIAL_WORD_HASHES.has(h >>> 0)) special = true;
    if (!special) {
      out.push(h >>> 0, start, i, 0);
      terms?.push(lowerTerm(text.slice(start, i)));
      continue;
    }
    scratch.length = 0;
    normaliseToken(text.slice(start, i), scratch);
    for (let j = 0; j < scratch.length; j++) {
      const term = scratch[j] ?? '';
      out.push(hashTerm(term), start, i, j > 0 ? CONTINUES : 0);
      terms?.push(term);
    }
  }
  return markEdges(text, out.finish());
}

function markEdges(text: string, stream: TokenStream): TokenStream {
  const { count, starts, ends, flags } = stream;
  for (let t = 0; t < count; t++) {
    const next = t + 1 < count ? (starts[t + 1] ?? text.length) : text.length;
    if (t + 1 < count && ((flags[t + 1] ?? 0) & CONTINUES) !== 0) continue;
    const end = ends[t] ?? 0;
    const edge = gapFlags(text, end, next);
    const tail = (edge & SENTENCE_AFTER) !== 0 ? tailLength(text, end, next) : 0;
    flags[t] = (flags[t] ?? 0) | edge | (tail << TAIL_SHIFT);
  }
  return stream;
}
