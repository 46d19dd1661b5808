import type { Alignment, SegmentKind } from '../model';

/** Words per kind of segment, for lines like "34 words the same, 2 equivalent, 3 changed". */
export type AlignmentSummary = Readonly<Record<SegmentKind, number>>;

/** Count the words an alignment keeps, marks equivalent, changes, inserts and deletes. */
export function summariseAlignment(alignment: Alignment): AlignmentSummary {
  const counts = { same: 0, equivalent: 0, changed: 0, inserted: 0, deleted: 0 };
  for (const s of alignment.segments) counts[s.kind] += s.words ?? 0;
  return counts;
}

/** "34 words the same, 2 equivalent, 3 changed" (kinds with no words are left out). */
export function describeSummary(summary: AlignmentSummary): string {
  const parts = [
    summary.same > 0 ? `${summary.same} the same` : '',
    summary.equivalent > 0 ? `${summary.equivalent} equivalent` : '',
    summary.changed > 0 ? `${summary.changed} changed` : '',
    summary.inserted > 0 ? `${summary.inserted} inserted` : '',
    summary.deleted > 0 ? `${summary.deleted} deleted` : '',
  ].filter((p) => p !== '');
  const total = Object.values(summary).reduce((x, y) => x + y, 0);
  if (parts.length === 0) return 'no words';
  return `${total === 1 ? '1 word' : `${total} words`}: ${parts.join(', ')}`;
}
