import type { Span } from '../core/model';
import { foldTerm } from './fold-term';

/** A piece of text with the ranges to highlight (offsets into `text`). */
export interface Highlighted {
  readonly text: string;
  readonly highlights: readonly Span[];
}

// A currency sign stays on its amount, as the index keeps it ("£200m" is one term).
const wordPattern = /\p{Sc}?[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

function matchSpans(text: string, terms: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(wordPattern)) {
    if (terms.has(foldTerm(m[0]))) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** The text with every word that matched the query marked. */
export function highlightTerms(text: string, terms: ReadonlySet<string>): Highlighted {
  return { text, highlights: matchSpans(text, terms) };
}

/** A window of about `width` characters around the densest run of matches, with them marked. */
export function snippetAround(text: string, terms: ReadonlySet<string>, width = 220): Highlighted {
  const spans = matchSpans(text, terms);
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
  return highlightTerms(snippet, terms);
}
