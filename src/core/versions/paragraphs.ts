import type { Span } from '../model';

/**
 * Splits a text into trimmed paragraph spans: on blank lines when the text has any, otherwise on
 * single line breaks (extracted articles often put one paragraph per line).
 */
export function splitParagraphs(text: string): Span[] {
  const separator = /\n[ \t\r]*\n/.test(text) ? /\n[ \t\r]*\n\s*/g : /\n+/g;
  const spans: Span[] = [];
  const push = (from: number, to: number): void => {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(text.charAt(start))) start += 1;
    while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
    if (end > start) spans.push({ start, end });
  };
  let start = 0;
  for (const match of text.matchAll(separator)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return spans;
}
