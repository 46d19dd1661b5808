import type { AlignmentSummary } from '../../core/diff/summarise-alignment';

/**
 * "34 words the same, 2 equivalent, 3 changed, 1 deleted", leaving out kinds with no words. With
 * equivalent differences hidden they count as the same, as the screen then shows them.
 */
export function describeCounts(counts: AlignmentSummary, hideEquivalent = false): string {
  const same = counts.same + (hideEquivalent ? counts.equivalent : 0);
  const parts = [`${same} ${same === 1 ? 'word' : 'words'} the same`];
  for (const kind of ['equivalent', 'changed', 'deleted', 'inserted'] as const) {
    if (kind === 'equivalent' && hideEquivalent) continue;
    if (counts[kind] > 0) parts.push(`${counts[kind]} ${kind}`);
  }
  const hidden = hideEquivalent && counts.equivalent > 0 ? ' (equivalent differences hidden)' : '';
  return `${parts.join(', ')}${hidden}`;
}
