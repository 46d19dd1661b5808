import type { Alignment, SegmentKind } from '../../core/model';

/** Which text of an alignment a column shows. */
export type AlignmentSide = 'a' | 'b';

/** A run of one column's text with how it relates to the other column. */
export interface Fragment {
  /** `moved`: unchanged words of a paragraph that changed place (see moved-fragments.ts). */
  readonly kind: SegmentKind | 'moved';
  readonly text: string;
  /** The difference this fragment belongs to (counting from 0), or -1 for unmarked text. */
  readonly difference: number;
  /** The move (index into the comparison's moves) this fragment is part of. */
  readonly move?: number;
  /** The empty fragment that leads a moved paragraph: drawn as a link to its other place. */
  readonly link?: boolean;
}

/** The HTML element each marked kind is drawn with, on screen and in the saved report. */
export const tagFor = {
  deleted: 'del',
  inserted: 'ins',
  changed: 'mark',
  equivalent: 'mark',
  moved: 'mark',
} as const;

/** True for the kinds a column marks when equivalent differences are hidden or shown. */
export function isMarked(kind: SegmentKind, hideEquivalent: boolean): boolean {
  return kind !== 'same' && !(hideEquivalent && kind === 'equivalent');
}

/**
 * Cuts one side's text into fragments along the alignment. Consecutive marked segments form one
 * difference, so "next difference" steps over an edit, not over each of its words. Given the
 * other side's text as `lacking`, a segment only the other side has (a deletion on side b, an
 * insertion on side a) shows those words, where this side lacks them, instead of an empty gap.
 */
export function sideFragments(
  alignment: Alignment,
  text: string,
  side: AlignmentSide,
  hideEquivalent: boolean,
  lacking?: string,
): Fragment[] {
  const other = side === 'a' ? 'b' : 'a';
  const onlyOther = side === 'a' ? 'inserted' : 'deleted';
  const fragments: Fragment[] = [];
  let difference = -1;
  let previousMarked = false;
  let cursor = alignment.segments[0]?.[side].start ?? 0;
  for (const segment of alignment.segments) {
    const span = segment[side];
    // Segments tile the texts; any gap (e.g. whitespace an engine left out) is shown unmarked.
    if (span.start > cursor) {
      fragments.push({ kind: 'same', text: text.slice(cursor, span.start), difference: -1 });
      previousMarked = false;
    }
    const marked = isMarked(segment.kind, hideEquivalent);
    if (marked && !previousMarked) difference += 1;
    previousMarked = marked;
    const kind = marked ? segment.kind : 'same';
    const shown =
      lacking !== undefined && segment.kind === onlyOther
        ? lacking.slice(segment[other].start, segment[other].end)
        : text.slice(span.start, span.end);
    fragments.push({ kind, text: shown, difference: marked ? difference : -1 });
    cursor = Math.max(cursor, span.end);
  }
  return fragments;
}

/** How many differences a side's fragments hold (both sides of one alignment agree). */
export function differenceCount(fragments: readonly Fragment[]): number {
  return fragments.reduce((most, f) => Math.max(most, f.difference + 1), 0);
}
