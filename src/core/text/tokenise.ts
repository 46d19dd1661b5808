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
  dropIgnorable,
  lowerOf,
  lowerTerm,
} from './char-class';
import { FNV_OFFSET, fnvStep, hashTerm } from './hash';
import { normaliseToken } from './normalise-token';
import { CONTINUES, SENTENCE_AFTER, TAIL_SHIFT, gapFlags, tailLength } from './token-flags';
import { TokenBuilder, type TokenStream } from './token-stream';

/** Hash of "cannot", a plain word normaliseToken rewrites (→ can not), like "percent" (→ per cent). */
export const CANNOT = hashTerm('cannot');
/** Hash of "percent" (see CANNOT). */
export const PERCENT = hashTerm('percent');
const FNV_PRIME = 0x01000193;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** One builder for every call (tokeniseUtf8's too): its arrays only grow, so a text costs only its trimmed copies. */
export const sharedBuilder = new TokenBuilder(1024);

/** A raw token's normalised terms and their hashes (a typed array: one shape for every entry). */
export interface Normalised {
  readonly terms: readonly string[];
  readonly hashes: Uint32Array;
}

/**
 * Raw tokens already normalised ("£200m", "we’re", "2024"): normaliseToken is pure and costs
 * regular expressions and strings, while an archive repeats the same few thousand such tokens.
 * Bounded: emptied when full.
 */
const normalised = new Map<string, Normalised>();
const NORMALISED_MAX = 1 << 15;

/** normaliseToken of a raw token with each term's hash, from a bounded cache. */
export function normaliseRaw(raw: string): Normalised {
  const known = normalised.get(raw);
  if (known) return known;
  const terms: string[] = [];
  // A raw token read on past a soft hyphen or zero-width character is normalised without it.
  normaliseToken(dropIgnorable(raw), terms);
  const found = { terms, hashes: Uint32Array.from(terms, hashTerm) };
  if (normalised.size >= NORMALISED_MAX) normalised.clear();
  normalised.set(raw, found);
  return found;
}

/** The last raw token seen with each scan hash and length, and its normalised terms. */
const byScanHash = new Map<number, { readonly raw: string; readonly found: Normalised }>();

/**
 * normaliseRaw of text[start, end), found without cutting the token out of the text when the
 * same raw token was seen before: looked up by the hash the scan already made (`h`) and checked
 * character by character in place, so a collision only costs the slow way.
 */
function normaliseAt(text: string, start: number, end: number, h: number): Normalised {
  const key = (h + end - start) | 0;
  const known = byScanHash.get(key);
  if (known && known.raw.length === end - start && text.startsWith(known.raw, start))
    return known.found;
  const raw = text.slice(start, end);
  const found = normaliseRaw(raw);
  if (byScanHash.size >= NORMALISED_MAX) byScanHash.clear();
  byScanHash.set(key, { raw, found });
  return found;
}

/**
 * Split a text into normalised tokens, each with the span of the original token it came from.
 * One pass over the char codes: plain words are hashed while scanned (no strings), and the edge
 * flags of a token are set from the gap after it as the next token starts; tokens with
 * apostrophes, digits or currency go through `normaliseToken`. Pass `terms` to also collect each
 * token's string; `spans: false` leaves `starts` and `ends` empty (a scan that keeps the tokens of
 * a whole archive needs only hashes and flags until it reports passages).
 */
export function tokenise(text: string, terms?: string[], spans = true): TokenStream {
  return tokeniseShared(text, terms).finish(spans);
}

/**
 * tokenise without the copies: the tokens stay in the one shared builder, valid until the next
 * call, for a caller that copies what it keeps (a scan of 100,000 texts saves an allocation of
 * four arrays a text). `into` is another builder to fill (primeTokeniser's small one).
 */
export function tokeniseShared(
  text: string,
  terms?: string[],
  into: TokenBuilder = sharedBuilder,
): TokenBuilder {
  const out = into;
  out.count = 0;
  // The builder's arrays are held in locals (re-read only when they grow): a token is four
  // stores, not a call and four property loads.
  let hashes = out.hashes;
  let starts = out.starts;
  let ends = out.ends;
  let flags = out.flags;
  let count = 0;
  // Tokens of the scripts written without spaces, for the text's tokens per word.
  let ideographs = 0;
  let letters = 0;
  const n = text.length;
  // The previous raw token's last term, where the gap after it starts, and whether that gap so
  // far holds only spaces (then it sets no edge flag and needs no second look).
  let last = -1;
  let gapFrom = 0;
  let spacesOnly = true;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    let cls: number;
    let width = 1;
    if ((c | 32) >= 97 && (c | 32) <= 122) cls = WORD;
    else if (isHigh(c) && i + 1 < n) {
      cls = classifyCodePoint(text.codePointAt(i) ?? 0);
      width = 2;
    } else cls = classOf(c);
    if (cls === IDEOGRAPH || cls === UNSPACED || cls === UNSPACED_MARK) {
      if (cls === IDEOGRAPH) ideographs++;
      else if (cls === UNSPACED) letters++;
      if (last >= 0 && !spacesOnly) markEdge(text, flags, last, gapFrom, i);
      let h = fnvStep(FNV_OFFSET, c);
      if (width === 2) h = fnvStep(h, text.charCodeAt(i + 1));
      let end = i + width;
      // A Thai (Lao, Khmer, Myanmar) character keeps its vowel and tone marks: one syllable part.
      if (cls !== IDEOGRAPH)
        while (end < n && classOf(text.charCodeAt(end)) === UNSPACED_MARK)
          h = fnvStep(h, text.charCodeAt(end++));
      if (count + 1 > hashes.length) {
        out.count = count;
        out.grow(count + 1);
        ({ hashes, starts, ends, flags } = out);
      }
      hashes[count] = h;
      starts[count] = i;
      ends[count] = end;
      flags[count] = 0;
      count++;
      terms?.push(text.slice(i, end));
      i = end;
      last = count - 1;
      gapFrom = i;
      spacesOnly = true;
      continue;
    }
    const money = cls === CURRENCY && i + 1 < n && isDigit(text.charCodeAt(i + 1));
    if (cls !== WORD && !money) {
      i += width;
      spacesOnly = false;
      continue;
    }
    const start = i;
    if (last >= 0 && !spacesOnly) markEdge(text, flags, last, gapFrom, start);
    let special = money;
    // A run of plain digits normalises to itself, so it stays on the fast path.
    let digits = !money;
    let ignored = false;
    // FNV-1a kept as a signed 32-bit integer in the loop (same bits), unsigned when stored.
    let h = FNV_OFFSET | 0;
    while (i < n) {
      const d = text.charCodeAt(i);
      // ASCII letters, most of any Latin text: lower-cased by one bit, no table.
      const folded = d | 32;
      if (folded >= 97 && folded <= 122) {
        h = Math.imul(h ^ folded, FNV_PRIME);
        digits = false;
        i++;
        continue;
      }
      // The usual end of a word, decided without the class table.
      if (d === 32 || d === 10) break;
      if (isHigh(d) && i + 1 < n) {
        if (classifyCodePoint(text.codePointAt(i) ?? 0) !== WORD) break;
        h = Math.imul(Math.imul(h ^ d, FNV_PRIME) ^ text.charCodeAt(i + 1), FNV_PRIME);
        digits = false;
        i += 2;
        continue;
      }
      const k = i === start && money ? WORD : classOf(d);
      if (k === WORD) {
        if (d >= 48 && d <= 57) special = true;
        else digits = false;
        h = Math.imul(h ^ lowerOf(d), FNV_PRIME);
        i++;
      } else if (k === IGNORABLE) {
        // Unprinted characters inside a word are skipped (not hashed); after its end they are not
        // part of it, so the token's span stops at its last printed letter.
        const after = afterIgnorable(text, i + 1);
        if (after === i) break;
        i = after;
        ignored = true;
      } else if (
        k === APOSTROPHE &&
        i > start &&
        i + 1 < n &&
        classOf(text.charCodeAt(i + 1)) === WORD
      ) {
        special = true;
        digits = false;
        i++;
      } else if (
        (d === 44 || d === 46) &&
        i + 1 < n &&
        isDigit(text.charCodeAt(i - 1)) &&
        isDigit(text.charCodeAt(i + 1))
      ) {
        digits = false;
        i++;
      } else if (d === 37 && isDigit(text.charCodeAt(i - 1))) {
        digits = false;
        i++;
        break;
      } else break;
    }
    const hash = h >>> 0;
    if ((!special || digits) && hash !== CANNOT && hash !== PERCENT) {
      if (count + 1 > hashes.length) {
        out.count = count;
        out.grow(count + 1);
        ({ hashes, starts, ends, flags } = out);
      }
      hashes[count] = hash;
      starts[count] = start;
      ends[count] = i;
      flags[count] = 0;
      count++;
      if (terms) {
        const term = lowerTerm(text.slice(start, i));
        terms.push(ignored ? dropIgnorable(term) : term);
      }
    } else {
      const found = normaliseAt(text, start, i, h);
      const m = found.hashes.length;
      if (count + m > hashes.length) {
        out.count = count;
        out.grow(count + m);
        ({ hashes, starts, ends, flags } = out);
      }
      for (let j = 0; j < m; j++) {
        hashes[count] = found.hashes[j] ?? 0;
        starts[count] = start;
        ends[count] = i;
        flags[count] = j > 0 ? CONTINUES : 0;
        count++;
        terms?.push(found.terms[j] ?? '');
      }
    }
    last = count - 1;
    gapFrom = i;
    spacesOnly = true;
  }
  if (last >= 0 && !spacesOnly) markEdge(text, flags, last, gapFrom, n);
  out.count = count;
  out.ideographs = ideographs;
  out.unspacedLetters = letters;
  return out;
}

/**
 * Where a word goes on after the IGNORABLE characters from `from` on (the first just before it):
 * the position of the next word character, or `from - 1` when no word character follows them.
 */
function afterIgnorable(text: string, from: number): number {
  let j = from;
  while (j < text.length && classOf(text.charCodeAt(j)) === IGNORABLE) j++;
  if (j >= text.length) return from - 1;
  const c = text.charCodeAt(j);
  const cls = isHigh(c) ? classifyCodePoint(text.codePointAt(j) ?? 0) : classOf(c);
  return cls === WORD ? j : from - 1;
}

/** Set a token's edge flags (and its closing-punctuation tail) from the gap text after it. */
function markEdge(text: string, flags: Uint8Array, t: number, from: number, to: number): void {
  const edge = gapFlags(text, from, to);
  const tail = (edge & SENTENCE_AFTER) !== 0 ? tailLength(text, from, to) : 0;
  flags[t] = (flags[t] ?? 0) | edge | (tail << TAIL_SHIFT);
}
