import type { Move } from './find-moves';
import { summariseAlignment, type AlignmentSummary } from './summarise-alignment';
import type { Alignment, Span } from '../model';
import { CONTINUES } from '../text/token-flags';
import { tokenise } from '../text/tokenise';
import { outside } from './span-holes';

/** Words per kind with moved paragraphs counted apart (`moved`: their words kept as they were). */
export interface MovedSummary {
  readonly counts: AlignmentSummary;
  readonly moved: number;
}

/** Words as alignTexts counts them: tokens that start a word. */
function wordsIn(text: string): number {
  const tokens = tokenise(text);
  let n = 0;
  for (let i = 0; i < tokens.count; i++) if (((tokens.flags[i] ?? 0) & CONTINUES) === 0) n++;
  return n;
}

/** The words of `span` outside the moved spans (sorted, disjoint). */
function wordsOutside(text: string, span: Span, holes: readonly Span[]): number {
  let words = 0;
  for (const part of outside(span, holes)) words += wordsIn(text.slice(part.start, part.end));
  return words;
}

/** True when a moved span takes some of `span` (an empty span holds no words to take). */
const overlaps = (span: Span, holes: readonly Span[]): boolean => {
  if (span.start === span.end) return false;
  const [part, ...more] = outside(span, holes);
  return !part || more.length > 0 || part.start !== span.start || part.end !== span.end;
};

/**
 * The compare summary's counts when paragraphs moved: a moved paragraph's words leave the
 * deleted and inserted (or changed) counts they fell in, its unchanged words count as moved and
 * its edits as changes like any other. Only segments a move touches are counted again.
 */
export function summariseWithMoves(
  alignment: Alignment,
  moves: readonly Move[],
  textA: string,
  textB: string,
): MovedSummary {
  const base = summariseAlignment(alignment);
  if (moves.length === 0) return { counts: base, moved: 0 };
  const counts = { ...base };
  const holesA = moves.map((m) => m.a).sort((x, y) => x.start - y.start);
  const holesB = moves.map((m) => m.b).sort((x, y) => x.start - y.start);
  for (const s of alignment.segments) {
    if (!overlaps(s.a, holesA) && !overlaps(s.b, holesB)) continue;
    counts[s.kind] -= s.words ?? 0;
    const a = wordsOutside(textA, s.a, holesA);
    const b = wordsOutside(textB, s.b, holesB);
    if (s.kind !== 'changed') counts[s.kind] += Math.max(a, b);
    else if (a > 0 && b > 0) counts.changed += Math.max(a, b);
    else if (a > 0) counts.deleted += a;
    else counts.inserted += b;
  }
  let moved = 0;
  for (const m of moves) {
    const inner = summariseAlignment(m.alignment);
    moved += inner.same + inner.equivalent;
    counts.changed += inner.changed;
    counts.inserted += inner.inserted;
    counts.deleted += inner.deleted;
  }
  return { counts, moved };
}
