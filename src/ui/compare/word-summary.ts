import type { AlignmentSummary } from '../../core/diff/summarise-alignment';

/** "34 words the same, 2 equivalent, 3 changed, 1 deleted", leaving out kinds with no words. */
export function describeCounts(counts: AlignmentSummary): string {
  const parts = [`${counts.same} ${counts.same === 1 ? 'word' : 'words'} the same`];
  for (const kind of ['equivalent', 'changed', 'deleted', 'inserted'] as const) {
    if (counts[kind] > 0) parts.push(`${counts[kind]} ${kind}`);
  }
  return parts.join(', ');
}
