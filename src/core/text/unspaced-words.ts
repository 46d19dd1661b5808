import { IDEOGRAPH, UNSPACED, UNSPACED_MARK, classOf, classifyCodePoint } from './char-class';
import { CONTINUES } from './token-flags';
import type { TokenStream } from './token-stream';

// Thai, Lao, Khmer and Myanmar are tokenised a letter (with its marks) at a time and Chinese and
// Japanese a character at a time; where their words begin and end only a dictionary knows, so
// this asks Intl.Segmenter (ICU's word breaker, dictionary-based for these scripts whatever the
// locale). Only runs of those scripts are segmented: a text written with spaces costs one look
// at each character and keeps every offset and count it had.

// A letter, mark or digit of those scripts, by script extensions: the tokeniser's classes leave
// out the kana prolonged sound mark (ー, in インターネット) and the iteration mark (々), whose script
// is Common, and a run cut at them would split a word.
const unspacedRe =
  /(?=[\p{L}\p{M}\p{N}])[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]/u;
// 0 unknown, 1 no, 2 yes, by UTF-16 code unit (an astral character is looked at whole).
const known = new Uint8Array(65536);

/** True for a letter of a script written without spaces between words at text[at]. */
function isUnspacedAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x0e00) return false;
  if (code >= 0xd800 && code <= 0xdbff) {
    const cp = text.codePointAt(at) ?? 0;
    const cls = classifyCodePoint(cp);
    return cls === IDEOGRAPH || cls === UNSPACED || cls === UNSPACED_MARK;
  }
  let k = known[code] ?? 0;
  if (k === 0) {
    const cls = classOf(code);
    const yes =
      cls === IDEOGRAPH ||
      cls === UNSPACED ||
      cls === UNSPACED_MARK ||
      unspacedRe.test(String.fromCharCode(code));
    k = yes ? 2 : 1;
    known[code] = k;
  }
  return k === 2;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(locale: string | undefined): Intl.Segmenter {
  const key = locale ?? '';
  let s = segmenters.get(key);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(key, s);
  }
  return s;
}

/** Where each word-like segment of the unspaced runs in text[from, to) starts and ends. */
function unspacedWordSpans(
  text: string,
  from: number,
  to: number,
  locale?: string,
): { starts: Set<number>; ends: Set<number> } {
  const starts = new Set<number>();
  const ends = new Set<number>();
  let i = from;
  while (i < to) {
    if (!isUnspacedAt(text, i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < to && isUnspacedAt(text, j)) j += (text.codePointAt(j) ?? 0) > 0xffff ? 2 : 1;
    for (const s of segmenterFor(locale).segment(text.slice(i, j)))
      if (s.isWordLike) {
        starts.add(i + s.index);
        ends.add(i + s.index + s.segment.length);
      }
    i = j;
  }
  return { starts, ends };
}

/**
 * 1 for each token that begins a word, the one rule for counting a text's words: a token of a
 * script written with spaces begins one unless it continues the one before ("we're" is we +
 * are); a Thai (Lao, Khmer, Myanmar) letter or a Chinese or Japanese character begins one where
 * Intl.Segmenter starts a word. `tokens` are tokenise's of `text`.
 */
export function wordStarts(
  text: string,
  tokens: Pick<TokenStream, 'count' | 'starts' | 'flags'>,
  locale?: string,
): Uint8Array {
  const marks = new Uint8Array(tokens.count);
  let unspaced: Set<number> | undefined;
  for (let i = 0; i < tokens.count; i++) {
    if (((tokens.flags[i] ?? 0) & CONTINUES) !== 0) continue;
    const start = tokens.starts[i] ?? 0;
    if (!isUnspacedAt(text, start)) {
      marks[i] = 1;
      continue;
    }
    unspaced ??= unspacedWordSpans(text, 0, text.length, locale).starts;
    if (unspaced.has(start)) marks[i] = 1;
  }
  return marks;
}

/** How far either side of an edge the segmenter looks: longer than any Thai or Japanese word. */
const edgeWindow = 40;

/**
 * A passage's span widened to whole words where an edge falls inside a word of a script written
 * without spaces (Thai, Lao, Khmer, Myanmar, Chinese, Japanese): the engine cuts at tokens, which
 * there are letters, so a passage could start or end mid-word. Widened, not narrowed: every
 * letter the engine matched stays shown, and a word cut in two reads as neither. Spans in other
 * scripts come back as they are.
 */
export function toWordEdges(
  text: string,
  span: { readonly start: number; readonly end: number },
  locale?: string,
): { start: number; end: number } {
  let { start, end } = span;
  if (
    start > 0 &&
    start < text.length &&
    isUnspacedAt(text, start) &&
    isUnspacedAt(text, start - 1)
  ) {
    const from = Math.max(0, start - edgeWindow);
    const words = unspacedWordSpans(text, from, Math.min(text.length, start + edgeWindow), locale);
    while (start > from && !words.starts.has(start) && isUnspacedAt(text, start - 1)) start--;
  }
  if (end > 0 && end < text.length && isUnspacedAt(text, end) && isUnspacedAt(text, end - 1)) {
    const to = Math.min(text.length, end + edgeWindow);
    const words = unspacedWordSpans(text, Math.max(0, end - edgeWindow), to, locale);
    while (end < to && !words.ends.has(end) && isUnspacedAt(text, end)) end++;
  }
  return { start, end };
}
