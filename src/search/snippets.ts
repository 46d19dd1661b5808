import type { Span } from '../core/model';
import { ignorableChars } from '../core/text/char-class';
import { hasCjk, isCjkChar, isJoinedMark } from './cjk-terms';
import { foldTerm } from './fold-term';
import { phraseSpans } from './phrase-marks';
import type { Phrase } from './phrases';

/** A piece of text with the ranges to highlight (offsets into `text`). */
export interface Highlighted {
  readonly text: string;
  readonly highlights: readonly Span[];
}

// A currency sign stays on its amount, as the index keeps it ("£200m" is one term); unprinted
// characters inside a word are part of it ("gov\u00ADernment" is "government").
const wordPattern = new RegExp(
  String.raw`\p{Sc}?[\p{L}\p{N}\p{M}]+(?:(?:['’]|[${ignorableChars}]+)[\p{L}\p{N}\p{M}]+)*`,
  'gu',
);

const unprinted = new RegExp(`^[${ignorableChars}]$`);

/** The matched words' spans and the phrases' (a word inside a phrase is marked with it). */
function matchSpans(text: string, terms: ReadonlySet<string>, phrases: readonly Phrase[]): Span[] {
  const words = wordSpans(text, terms);
  if (phrases.length === 0) return words;
  const all = [...phraseSpans(text, phrases), ...words].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const spans: Span[] = [];
  for (const span of all) if (span.start >= (spans.at(-1)?.end ?? 0)) spans.push(span);
  return spans;
}

function wordSpans(text: string, terms: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  // One look at the whole text (most hold no CJK character) rather than one at every word.
  const cjk = hasCjk(text);
  for (const m of text.matchAll(wordPattern)) {
    if (cjk && hasCjk(m[0])) cjkSpans(m[0], m.index, terms, spans);
    else if (terms.has(foldTerm(m[0]))) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/**
 * The spans of a word holding CJK characters, split as the index splits it (cjk-terms.ts): each
 * matched bigram or lone character of a CJK run (overlapping bigrams as one span), and each
 * matched run of another script.
 */
function cjkSpans(word: string, at: number, terms: ReadonlySet<string>, spans: Span[]): void {
  // Its printed characters with where each starts and ends (unprinted ones fold away: a run
  // goes on past them, as in the index).
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = at;
  for (const c of word) {
    // A Thai tone or vowel mark is one character with the letter before it, as it is indexed.
    if (isJoinedMark(c) && chars.length > 0 && isCjkChar(chars.at(-1)?.[0] ?? '')) {
      chars[chars.length - 1] += c;
      ends[ends.length - 1] = offset + c.length;
    } else if (!unprinted.test(c)) {
      chars.push(c);
      starts.push(offset);
      ends.push(offset + c.length);
    }
    offset += c.length;
  }
  const mark = (from: number, to: number): void => {
    const [start = at, end = at] = [starts[from], ends[to - 1]];
    const last = spans.at(-1);
    if (last && last.end >= start) spans[spans.length - 1] = { start: last.start, end };
    else spans.push({ start, end });
  };
  let i = 0;
  while (i < chars.length) {
    const cjk = isCjkChar(chars[i] ?? '');
    let j = i + 1;
    while (j < chars.length && isCjkChar(chars[j] ?? '') === cjk) j++;
    if (!cjk || j - i === 1) {
      if (terms.has(foldTerm(chars.slice(i, j).join('')))) mark(i, j);
    } else
      for (let k = i; k + 1 < j; k++)
        if (terms.has(foldTerm(`${chars[k] ?? ''}${chars[k + 1] ?? ''}`))) mark(k, k + 2);
    i = j;
  }
}
/** The text with every word that matched the query marked, and each of its phrases whole. */
export function highlightTerms(
  text: string,
  terms: ReadonlySet<string>,
  phrases: readonly Phrase[] = [],
): Highlighted {
  return { text, highlights: matchSpans(text, terms, phrases) };
}

/** A window of about `width` characters around the densest run of matches, with them marked. */
export function snippetAround(
  text: string,
  terms: ReadonlySet<string>,
  phrases: readonly Phrase[] = [],
  width = 220,
): Highlighted {
  const spans = matchSpans(text, terms, phrases);
  let best = 0;
  let bestCount = 0;
  for (let i = 0, j = 0; i < spans.length; i++) {
    const from = spans[i]?.start ?? 0;
    while (j < spans.length && (spans[j]?.end ?? 0) <= from + width) j++;
    if (j - i > bestCount) [best, bestCount] = [from, j - i];
  }
  // Start a little before the first match, on a word boundary, so the match has context.
  let start = Math.max(0, best - 40);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + width);
  if (end < text.length)
    end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const prefix = start > 0 ? '…' : '';
  const body = text.slice(start, end).replace(/\s+/g, ' ');
  const snippet = `${prefix}${body}${end < text.length ? '…' : ''}`;
  return highlightTerms(snippet, terms, phrases);
}
