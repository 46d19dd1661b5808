import type { Alignment, Passage, Span } from '../model';
import { alignPassages } from './align-texts';
import { findMoves, type Move } from './find-moves';

/** A text with the spans turned to spaces: same length, so every offset still holds. */
function blankOut(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const parts: string[] = [];
  let at = 0;
  for (const s of sorted) {
    parts.push(text.slice(at, s.start), ' '.repeat(s.end - s.start));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Aligns two passages word by word and finds the paragraphs that moved (findMoves). When some
 * did, the rest is aligned again without them (blanked, offsets kept): a word diff pairs a moved
 * paragraph's "the" with a "The" nearby and leaves its neighbour's word marked as deleted, which
 * a second pass over the unmoved text alone does not. Linear: at most two alignments.
 * `onProgress` gets the fraction done, never going back.
 */
export function alignWithMoves(
  a: Passage,
  textA: string,
  b: Passage,
  textB: string,
  onProgress?: (done: number) => void,
): { alignment: Alignment; moves: Move[] } {
  // The first alignment is most of the work: a second is needed only when paragraphs moved
  // (then the last tenth, as long again, goes slower). Both ways the last word is 1: done.
  const first = alignPassages(a, textA, b, textB, onProgress && ((d) => onProgress(0.9 * d)));
  const moves = findMoves(first, textA, textB);
  if (moves.length === 0) {
    onProgress?.(1);
    return { alignment: first, moves };
  }
  const alignment = alignPassages(
    a,
    blankOut(
      textA,
      moves.map((m) => m.a),
    ),
    b,
    blankOut(
      textB,
      moves.map((m) => m.b),
    ),
    onProgress && ((d) => onProgress(0.9 + 0.1 * d)),
  );
  onProgress?.(1);
  return { alignment, moves };
}
