import type { Span } from '../../core/model';
import type { PassimPassage } from './passim-record';

/** Where a passage lies in its document's text (UTF-16 offsets), or why it cannot be placed. */
export type PlacedSpan =
  ({ readonly kind: 'ok' } & Span) | { readonly kind: 'rejected'; readonly reason: string };

/** UTF-16 offset of code point `n` of `text` (passim 2 is Python: it counts code points). */
function codePointOffset(text: string, n: number): number | undefined {
  let units = 0;
  let points = 0;
  while (points < n) {
    if (units >= text.length) return undefined;
    const code = text.charCodeAt(units);
    units += code >= 0xd800 && code < 0xdc00 && units + 1 < text.length ? 2 : 1;
    points++;
  }
  return units;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Place a passim passage in the archived text. passim 1 (Scala) counts UTF-16 units, passim 2
 * (Python) code points, and passim 2's output cuts `text` with Spark's 1-based `substr`; so the
 * candidate spans are tried in turn and the one whose text is the passage passim printed wins
 * (whitespace aside). Without a printed passage, the UTF-16 span is taken if it fits. Offsets
 * past the end of the text, or a passage found at none of the candidates, are rejected with why.
 */
export function placePassage(passage: PassimPassage, text: string): PlacedSpan {
  const { begin, end } = passage;
  const points = [codePointOffset(text, begin), codePointOffset(text, end)] as const;
  const candidates: Span[] = [{ start: begin, end }];
  if (points[0] !== undefined && points[1] !== undefined)
    candidates.push({ start: points[0], end: points[1] });
  if (begin > 0) candidates.push({ start: begin - 1, end: end - 1 });
  const fits = (s: Span): boolean => s.start >= 0 && s.end <= text.length && s.start < s.end;
  const inside = candidates.filter(fits);
  if (inside.length === 0)
    return {
      kind: 'rejected',
      reason: `offsets ${begin}–${end} fall outside the text of "${passage.id}" (${text.length} characters)`,
    };
  if (passage.text === '') return { kind: 'ok', ...(inside[0] ?? { start: begin, end }) };
  const wanted = squash(passage.text);
  for (const span of inside)
    if (squash(text.slice(span.start, span.end)) === wanted) return { kind: 'ok', ...span };
  return {
    kind: 'rejected',
    reason: `the text at ${begin}–${end} of "${passage.id}" is not the passage passim printed (was the article changed after the export?)`,
  };
}

/**
 * Offsets checked without the document (the command line has only passim's output): the span
 * must be as long as the passage passim printed, in UTF-16 units or in code points.
 */
export function checkSpanLength(passage: PassimPassage): string | undefined {
  if (passage.text === '') return undefined;
  const length = passage.end - passage.begin;
  if (length === passage.text.length || length === [...passage.text].length) return undefined;
  return `offsets ${passage.begin}–${passage.end} span ${length} characters but the passage passim printed has ${passage.text.length}`;
}
