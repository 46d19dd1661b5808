import type { Move } from '../../core/diff/find-moves';
import type { Alignment, Segment, Span } from '../../core/model';
import { isMarked, sideFragments, type AlignmentSide, type Fragment } from './fragments';
import { outside } from '../../core/diff/span-holes';

/** Which difference each segment's text outside moves is, and each move (shared by both columns). */
export interface DifferenceNumbers {
  /** Per segment: its difference, or -1 when unmarked or wholly inside moved paragraphs. */
  readonly segment: Int32Array;
  /** Per move: its difference. */
  readonly move: readonly number[];
}

const blank = (text: string): boolean => !/\S/.test(text);

/** The segment's text on one side outside the moved paragraphs. */
const textOutside = (span: Span, text: string, holes: readonly Span[]): string =>
  outside(span, holes)
    .map((p) => text.slice(p.start, p.end))
    .join('');

/**
 * True when the segment still differs once the moved paragraphs are taken out of it: words on
 * either side for an edit; for an equivalent stretch (punctuation and spaces around a moved
 * paragraph), the two sides' remaining text told apart.
 */
function remainsAside(
  segment: Segment,
  textA: string,
  textB: string,
  movesA: readonly Span[],
  movesB: readonly Span[],
): boolean {
  const a = textOutside(segment.a, textA, movesA);
  const b = textOutside(segment.b, textB, movesB);
  // Spaces that only sat around a moved paragraph are no difference.
  if (segment.kind === 'equivalent') return a.replace(/\s+/g, '') !== b.replace(/\s+/g, '');
  return !blank(a) || !blank(b);
}

/**
 * Numbers the differences once for both columns, so "next difference" brings the same one into
 * view on each side. Segments are numbered in order, runs of marked ones as one difference (as
 * without moves); a move takes its number where it stood on the left, and on the right, where it
 * now stands, it carries the same number, so stepping to it shows both of its places.
 */
export function numberDifferences(
  alignment: Alignment,
  moves: readonly Move[],
  textA: string,
  textB: string,
  hideEquivalent: boolean,
): DifferenceNumbers {
  const movesA = moves.map((m) => m.a).sort((x, y) => x.start - y.start);
  const movesB = [...moves.map((m) => m.b)].sort((x, y) => x.start - y.start);
  const segment = new Int32Array(alignment.segments.length).fill(-1);
  const move: number[] = [];
  let next = 0;
  let previousMarked = false;
  let m = 0;
  alignment.segments.forEach((s, i) => {
    for (; m < moves.length && (moves[m]?.a.start ?? 0) < Math.max(s.a.end, s.a.start + 1); m++) {
      move.push(next++);
      previousMarked = false;
    }
    const touched = moves.length > 0;
    const marked =
      isMarked(s.kind, hideEquivalent) &&
      (!touched || remainsAside(s, textA, textB, movesA, movesB));
    if (marked && !previousMarked) next++;
    if (marked) segment[i] = next - 1;
    previousMarked = marked;
  });
  for (; m < moves.length; m++) move.push(next++);
  return { segment, move };
}

/** What a marked segment's text outside moves is, once the other side's moved words are gone. */
function remainderKind(
  segment: Segment,
  side: AlignmentSide,
  textA: string,
  textB: string,
  movesA: readonly Span[],
  movesB: readonly Span[],
): Fragment['kind'] {
  if (segment.kind !== 'changed') return segment.kind;
  const a = !blank(textOutside(segment.a, textA, movesA));
  const b = !blank(textOutside(segment.b, textB, movesB));
  if (a && b) return 'changed';
  return side === 'a' ? (a ? 'deleted' : 'inserted') : b ? 'inserted' : 'deleted';
}

/**
 * One column's fragments when paragraphs moved: text outside the moves as sideFragments cuts it
 * (a changed stretch whose other side moved away reads as deleted or inserted), and each moved
 * paragraph where it stands on this side, its unchanged words marked `moved` and its edits word
 * by word, led by an empty `link` fragment the column draws as a button to its other place.
 * The fragments' texts joined are the column's text, as with sideFragments.
 */
export function movedSideFragments(
  alignment: Alignment,
  moves: readonly Move[],
  numbers: DifferenceNumbers,
  texts: { readonly a: string; readonly b: string },
  side: AlignmentSide,
  hideEquivalent: boolean,
): Fragment[] {
  const text = texts[side];
  if (moves.length === 0) return sideFragments(alignment, text, side, hideEquivalent);
  const movesA = moves.map((mv) => mv.a).sort((x, y) => x.start - y.start);
  const movesB = [...moves.map((mv) => mv.b)].sort((x, y) => x.start - y.start);
  const order = moves
    .map((mv, index) => ({ span: mv[side], index }))
    .sort((x, y) => x.span.start - y.span.start);
  const out: Fragment[] = [];
  let next = 0;
  const emitMove = (upTo: number): void => {
    for (let o = order[next]; o && o.span.start <= upTo; o = order[++next]) {
      const mv = moves[o.index];
      const difference = numbers.move[o.index] ?? -1;
      if (!mv) continue;
      out.push({ kind: 'moved', text: '', difference, move: o.index, link: true });
      for (const f of sideFragments(mv.alignment, text, side, hideEquivalent))
        out.push({
          ...f,
          kind: f.kind === 'same' ? 'moved' : f.kind,
          difference,
          move: o.index,
        });
    }
  };
  const inMove = (at: number): boolean => outside({ start: at, end: at + 1 }, holes).length === 0;
  const holes = order.map((o) => o.span);
  alignment.segments.forEach((s, i) => {
    const span = s[side];
    const difference = numbers.segment[i] ?? -1;
    const kind =
      difference >= 0 ? remainderKind(s, side, texts.a, texts.b, movesA, movesB) : 'same';
    if (span.start === span.end) {
      emitMove(span.start - 1);
      if (difference >= 0 && !inMove(span.start)) out.push({ kind, text: '', difference });
      return;
    }
    for (const part of outside(span, holes)) {
      emitMove(part.start - 1);
      const piece = text.slice(part.start, part.end);
      if (difference < 0 || blank(piece)) {
        out.push({ kind: 'same', text: piece, difference: -1 });
        continue;
      }
      // Line breaks at a marked piece's ends stay unmarked: with paragraphs blanked out for the
      // second alignment, an edit's segment can run on over the empty line beside a move.
      const [, lead = '', core = piece, trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(piece) ?? [];
      if (lead) out.push({ kind: 'same', text: lead, difference: -1 });
      out.push({ kind, text: core, difference });
      if (trail) out.push({ kind: 'same', text: trail, difference: -1 });
    }
    emitMove(span.end - 1);
  });
  emitMove(Infinity);
  return out;
}
