import type { Move } from '../core/diff/find-moves';
import { outside } from '../core/diff/span-holes';
import type { MovedSummary } from '../core/diff/moved-summary';
import { describeSummary } from '../core/diff/summarise-alignment';
import type { Segment, Span } from '../core/model';

/** Marks with the spaces that end a stretch kept outside them, so "[-word-] next" reads well. */
const mark = (open: string, t: string, close: string): string => {
  const body = t.trimEnd();
  return /\S/.test(body) ? `${open}${body}${close}${t.slice(body.length)}` : t;
};

/** One segment's two sides as marked text (its B text where both are the same). */
function markSegment(kind: Segment['kind'], left: string, right: string): string {
  if (kind === 'same') return right;
  if (kind === 'equivalent') return `${mark('[~', left, '~]')}${mark('{~', right, '~}')}`;
  return `${mark('[-', left, '-]')}${mark('{+', right, '+}')}`;
}

/** The aligned difference as text: B's words, with what only A had, and what changed, marked. */
export function markedText(segments: readonly Segment[], a: string, b: string): string {
  return segments
    .map((s) => markSegment(s.kind, a.slice(s.a.start, s.a.end), b.slice(s.b.start, s.b.end)))
    .join('');
}

interface Hole {
  readonly span: Span;
  readonly text: string;
}

/** The side's text within `span`, leaving out the moved paragraphs (`spans`). */
const ownText = (text: string, span: Span, spans: readonly Span[]): string =>
  outside(span, spans)
    .map((p) => text.slice(p.start, p.end))
    .join('');

/**
 * A segment's side without the moved paragraphs in it, and what stands for them: before the
 * side's own words when none of them comes first, else after them (a paragraph is usually
 * aligned as whitespace trailing the words before it).
 */
function sideOf(text: string, span: Span, holes: readonly Hole[], spans: readonly Span[]) {
  const inside = holes.filter((h) => h.span.start >= span.start && h.span.start < span.end);
  const leads = (h: Hole): boolean =>
    !/\S/.test(ownText(text, { start: span.start, end: h.span.start }, spans));
  const say = (list: readonly Hole[]): string => list.map((h) => h.text).join('');
  // The side as it reads, each moved paragraph's mark where the paragraph was.
  let at = span.start;
  let whole = '';
  for (const h of inside) {
    whole += ownText(text, { start: at, end: h.span.start }, spans) + h.text;
    at = Math.max(at, Math.min(h.span.end, span.end));
  }
  whole += ownText(text, { start: at, end: span.end }, spans);
  return {
    whole,
    own: ownText(text, span, spans),
    before: say(inside.filter(leads)),
    after: say(inside.filter((h) => !leads(h))),
  };
}

/**
 * The aligned difference with moved paragraphs (alignWithMoves): where a paragraph stood in A,
 * `[>moved N>]`; where it stands in B, `{>moved N: …<}` with its own words marked as above
 * (edits made while moving it). Moves are numbered in A's order.
 */
export function markedWithMoves(
  segments: readonly Segment[],
  moves: readonly Move[],
  a: string,
  b: string,
): string {
  if (moves.length === 0) return markedText(segments, a, b);
  const holesA = moves
    .map((m, i) => ({ span: m.a, text: `[>moved ${i + 1}>]` }))
    .sort((x, y) => x.span.start - y.span.start);
  const holesB = moves
    .map((m, i) => ({
      span: m.b,
      text: `{>moved ${i + 1}: ${markedText(m.alignment.segments, a, b)}<}`,
    }))
    .sort((x, y) => x.span.start - y.span.start);
  const spansA = holesA.map((h) => h.span);
  const spansB = holesB.map((h) => h.span);
  return segments
    .map((s) => {
      const left = sideOf(a, s.a, holesA, spansA);
      const right = sideOf(b, s.b, holesB, spansB);
      // Around a moved paragraph the alignment met blanks: what differs there once it is
      // left out may be only the blank lines that stood about it.
      const fold = (t: string): string => t.replace(/\s+/g, ' ').trim();
      // The same words either side: shown with the marks where they stand (A's text, which
      // differs from B's only in blank space, when only A had a paragraph here).
      if (s.kind === 'same' || fold(left.own) === fold(right.own))
        return right.whole === right.own && left.whole !== left.own
          ? left.whole
          : `${left.before}${right.whole}${left.after}`;
      const body = markSegment(s.kind, left.own, right.own);
      return `${left.before}${right.before}${body}${left.after}${right.after}`;
    })
    .join('');
}

/** "20 words: 12 the same, 6 moved, 2 changed": moved words counted apart from the changes. */
export function describeWithMoves({ counts, moved }: MovedSummary): string {
  if (moved === 0) return describeSummary(counts);
  const rest = (['equivalent', 'changed', 'deleted', 'inserted'] as const)
    .filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${k}`);
  const same = counts.same > 0 ? [`${counts.same} the same`] : [];
  const total = Object.values(counts).reduce((x, y) => x + y, 0) + moved;
  return `${total} words: ${[...same, `${moved} moved`, ...rest].join(', ')}`;
}
