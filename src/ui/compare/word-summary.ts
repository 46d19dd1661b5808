import { describeSummary, type AlignmentSummary } from '../../core/diff/summarise-alignment';

/**
 * The compare view's summary line, "34 words the same, 2 equivalent, 3 changed". With equivalent
 * differences hidden they count as the same, as the screen then shows them.
 */
export function describeCounts(counts: AlignmentSummary, hideEquivalent = false): string {
  if (!hideEquivalent || counts.equivalent === 0) return describeSummary(counts, 'same');
  const folded = { ...counts, same: counts.same + counts.equivalent, equivalent: 0 };
  return `${describeSummary(folded, 'same')} (equivalent differences hidden)`;
}

/** Where the difference navigation stands: "3 of 12" on a difference, else how many there are. */
export function describePosition(current: number, count: number): string {
  if (current >= 0) return `${current + 1} of ${count}`;
  return count === 1 ? 'One difference' : `${count.toLocaleString('en')} differences`;
}
