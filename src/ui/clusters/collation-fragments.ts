import type { Alignment } from '../../core/model';
import type { Fragment } from '../compare/fragments';

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
  const fragments: Fragment[] = [];
  let difference = -1;
  let previousMarked = false;
  let cursor = alignment.segments[0]?.b.start ?? 0;
  for (const segment of alignment.segments) {
    if (segment.b.start > cursor) {
      fragments.push({
        kind: 'same',
        text: copyText.slice(cursor, segment.b.start),
        difference: -1,
      });
      previousMarked = false;
    }
    const marked = segment.kind !== 'same';
    if (marked && !previousMarked) difference += 1;
    previousMarked = marked;
    const text =
      segment.kind === 'deleted'
        ? repText.slice(segment.a.start, segment.a.end)
        : copyText.slice(segment.b.start, segment.b.end);
    if (text) fragments.push({ kind: segment.kind, text, difference: marked ? difference : -1 });
    cursor = Math.max(cursor, segment.b.end);
  }
  return fragments;
}
