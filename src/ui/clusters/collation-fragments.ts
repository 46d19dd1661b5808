import type { Alignment } from '../../core/model';
import { sideFragments, type Fragment } from '../compare/fragments';

/**
 * A run of text as a collation row shows it: each run of whitespace one space (a paragraph break
 * reads as a space there). Not dropped altogether: a space a copy adds or drops between words
 * ("percent" for "per cent") is on the screen.
 */
const visible = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * One copy's text against the representative, as fragments the compare view's renderer draws:
 * its own words (changed, inserted and equivalent ones marked), and the representative's words
 * it lacks, struck through where they would be. Spans index the texts the alignment was made on.
 */
export function collationFragments(
  alignment: Alignment,
  repText: string,
  copyText: string,
): Fragment[] {
  // A row shows its copy as running text (paragraph breaks fold into spaces), so a stretch that
  // differs from the representative only in whitespace — "aliqua. Ut" where the copy breaks the
  // paragraph after "aliqua." — is the same there. The aligner calls it equivalent, and a copy
  // 100% similar (the origin, in q16's shot) showed dotted marks on its full stops.
  const segments = alignment.segments.map((s) =>
    s.kind === 'equivalent' &&
    visible(repText.slice(s.a.start, s.a.end)) === visible(copyText.slice(s.b.start, s.b.end))
      ? { ...s, kind: 'same' as const }
      : s,
  );
  // No empty marks: a collation row has no partner column for a gap to line up with.
  return sideFragments({ segments }, copyText, 'b', false, repText).filter((f) => f.text !== '');
}
