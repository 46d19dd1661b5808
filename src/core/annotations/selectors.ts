import type { Span } from '../model';

/** W3C Web Annotation TextQuoteSelector: the highlighted text and a little on each side. */
export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** W3C Web Annotation TextPositionSelector: UTF-16 offsets into the article's text. */
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

/** Both selectors of one highlight: the quote finds it again, the position says which copy. */
export type PassageSelector = readonly [TextQuoteSelector, TextPositionSelector];

const contextChars = 32;

/** The selectors for `span` of `text`. */
export function selectorFor(text: string, span: Span): PassageSelector {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(span.start, span.end),
      prefix: text.slice(Math.max(0, span.start - contextChars), span.start),
      suffix: text.slice(span.end, span.end + contextChars),
    },
    { type: 'TextPositionSelector', start: span.start, end: span.end },
  ];
}

/** How many characters two strings share at their end (prefix side) or start (suffix side). */
function shared(a: string, b: string, fromEnd: boolean): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max && a.at(fromEnd ? -1 - n : n) === b.at(fromEnd ? -1 - n : n)) n++;
  return n;
}

/**
 * Finds the highlight in the text it was made on (or an unchanged copy): at its position when the
 * quote is still there, else the copy of the quote whose context fits best, nearest first.
 */
export function anchorQuote(text: string, selector: PassageSelector): Span | null {
  const [quote, position] = selector;
  if (!quote.exact) return null;
  if (text.slice(position.start, position.end) === quote.exact)
    return { start: position.start, end: position.end };
  let best: Span | null = null;
  let bestScore = -Infinity;
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
    const end = at + quote.exact.length;
    const score =
      shared(text.slice(Math.max(0, at - contextChars), at), quote.prefix, true) +
      shared(text.slice(end, end + contextChars), quote.suffix, false) -
      Math.abs(at - position.start) / 1e6;
    if (score > bestScore) {
      bestScore = score;
      best = { start: at, end };
    }
  }
  return best;
}
