import type { Span } from '../model';

// Opening marks a quoted passage begins with: curly and straight quotes, guillemets, low-9 quotes.
const OPENERS = new Set([...'‘“"\'«‹„‚'].map((c) => c.charCodeAt(0)));
// Each curly opener's closer; straight quotes close themselves.
const CLOSER_OF = new Map(
  [
    ['‘', '’'],
    ['“', '”'],
    ['"', '"'],
    ["'", "'"],
    ['«', '»'],
    ['‹', '›'],
    ['„', '“'],
    ['‚', '‘'],
  ].map(([open, close]) => [open?.charCodeAt(0) ?? 0, close?.charCodeAt(0) ?? 0]),
);
/** Marks read past at most, either side: "‘“" is two; a run longer than this is not quoting. */
const mostMarks = 3;

const isSpaceOrEdge = (text: string, at: number): boolean =>
  at < 0 || at >= text.length || /[\s([{—–:;,]/.test(text.charAt(at));

const isWordChar = (text: string, at: number): boolean => /[\p{L}\p{N}]/u.test(text.charAt(at));

/**
 * A passage widened to the quote marks that belong to it. The engine's passages begin at their
 * first word (tokens carry no punctuation) and end after a sentence's closing marks, so a quoted
 * passage showed as "I am proud … this year.’" — its closing mark without its opening one. This
 * takes the opening marks directly before the first word (after a space, a line's start or a
 * colon, so an apostrophe inside a word is never one), then the closing marks directly after the
 * end that answer an opening mark the passage holds unclosed. Linear in the passage.
 */
export function withQuoteMarks(text: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  let taken = 0;
  while (taken < mostMarks && start > 0 && OPENERS.has(text.charCodeAt(start - 1))) {
    start--;
    taken++;
  }
  // Marks not at a word's edge ("rock'n'roll", "ma'am") are no quotation: keep the span.
  if (taken > 0 && !isSpaceOrEdge(text, start - 1)) start = span.start;
  // Which closers the passage still owes: its opening marks not closed inside it.
  const owed: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // A mark closes at a word's end only ("we’re" holds an apostrophe); a straight quote closes
    // one that is open, else opens one.
    if (owed.length > 0 && c === owed[owed.length - 1] && !isWordChar(text, i + 1)) {
      owed.pop();
      continue;
    }
    const closer = CLOSER_OF.get(c);
    // An apostrophe in a word ("we’re", "workers’") is no opener: only a mark at a word's start.
    if (closer !== undefined && isSpaceOrEdge(text, i - 1)) owed.push(closer);
  }
  for (let n = 0; n < mostMarks && owed.length > 0 && end < text.length; n++) {
    const c = text.charCodeAt(end);
    // Sentence punctuation between the last word and the closing mark ("secured’," is fine;
    // "said.’" the engine already took) is taken with the mark only when a mark follows it.
    if (c === owed[owed.length - 1]) {
      owed.pop();
      end++;
    } else if (
      /[.!?,;:…]/.test(text.charAt(end)) &&
      text.charCodeAt(end + 1) === owed[owed.length - 1]
    ) {
      owed.pop();
      end += 2;
    } else break;
  }
  return start === span.start && end === span.end ? span : { start, end };
}
