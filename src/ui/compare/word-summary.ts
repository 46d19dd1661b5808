import { describeSummary, type AlignmentSummary } from '../../core/diff/summarise-alignment';

/**
 * The compare view's summary line, "34 words the same, 2 equivalent, 3 changed". With equivalent
 * differences hidden they count as the same, as the screen then shows them; `moved` words (of
 * paragraphs that changed place) are said apart.
 */
export function describeCounts(
  counts: AlignmentSummary,
  hideEquivalent = false,
  moved = 0,
): string {
  // Moved words are said right after the same ones: "40 words the same, 12 moved, 3 changed".
  const withMoved = (line: string): string => {
    if (moved === 0) return line;
    const [same, ...rest] = line.split(', ');
    return [same, `${moved} moved`, ...rest].join(', ');
  };
  if (!hideEquivalent || counts.equivalent === 0) return withMoved(describeSummary(counts, 'same'));
  const folded = { ...counts, same: counts.same + counts.equivalent, equivalent: 0 };
  return `${withMoved(describeSummary(folded, 'same'))} (equivalent differences hidden)`;
}

/** Where the difference navigation stands: "3 of 12" on a difference, else how many there are. */
export function describePosition(current: number, count: number): string {
  if (current >= 0) return `${current + 1} of ${count}`;
  return count === 1 ? 'One difference' : `${count.toLocaleString('en')} differences`;
}
