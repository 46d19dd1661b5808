import type { Alignment, SegmentKind } from '../model';

/** Words per kind of segment, for lines like "34 words the same, 2 equivalent, 3 changed". */
export type AlignmentSummary = Readonly<Record<SegmentKind, number>>;

/** Count the words an alignment keeps, marks equivalent, changes, inserts and deletes. */
export function summariseAlignment(alignment: Alignment): AlignmentSummary {
  const counts = { same: 0, equivalent: 0, changed: 0, inserted: 0, deleted: 0 };
  for (const s of alignment.segments) counts[s.kind] += s.words ?? 0;
  return counts;
}

const wordsOf = (n: number): string => `${n} ${n === 1 ? 'word' : 'words'}`;
const kindsAfterSame = ['equivalent', 'changed', 'deleted', 'inserted'] as const;

/**
 * The summary in words, kinds with no words left out: "15 words: 7 the same, 4 equivalent,
 * 2 changed" (`total`, the command line's) or "7 words the same, 4 equivalent, 2 changed"
 * (`same`, the compare view's, which always says how many are the same).
 */
export function describeSummary(
  summary: AlignmentSummary,
  lead: 'total' | 'same' = 'total',
): string {
  const rest = kindsAfterSame.filter((k) => summary[k] > 0).map((k) => `${summary[k]} ${k}`);
  if (lead === 'same') return [`${wordsOf(summary.same)} the same`, ...rest].join(', ');
  const parts = [...(summary.same > 0 ? [`${summary.same} the same`] : []), ...rest];
  if (parts.length === 0) return 'no words';
  const total = Object.values(summary).reduce((x, y) => x + y, 0);
  return `${wordsOf(total)}: ${parts.join(', ')}`;
}
