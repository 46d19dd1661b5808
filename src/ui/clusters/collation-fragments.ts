import type { Alignment } from '../../core/model';
import { sideFragments, type Fragment } from '../compare/fragments';

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
  // No empty marks: a collation row has no partner column for a gap to line up with.
  return sideFragments(alignment, copyText, 'b', false, repText).filter((f) => f.text !== '');
}
