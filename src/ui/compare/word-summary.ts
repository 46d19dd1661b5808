import type { Alignment, SegmentKind } from '../../core/model';

/** Words per kind of segment: the figures of the compare view's summary line. */
export type WordCounts = { readonly [K in SegmentKind]: number };

const countWords = (text: string): number => text.match(/[\p{L}\p{N}£$€%]+/gu)?.length ?? 0;

/** Counts words by kind: A's words for all kinds except `inserted`, which only B has. */
export function countAlignmentWords(
  alignment: Alignment,
  textA: string,
  textB: string,
): WordCounts {
  const counts = { same: 0, equivalent: 0, changed: 0, inserted: 0, deleted: 0 };
  for (const segment of alignment.segments) {
    const [text, span] = segment.kind === 'inserted' ? [textB, segment.b] : [textA, segment.a];
    counts[segment.kind] += countWords(text.slice(span.start, span.end));
  }
  return counts;
}

/** "34 words the same, 2 equivalent, 3 changed, 1 deleted", leaving out kinds with no words. */
export function describeCounts(counts: WordCounts): string {
  const parts = [`${counts.same} ${counts.same === 1 ? 'word' : 'words'} the same`];
  for (const kind of ['equivalent', 'changed', 'deleted', 'inserted'] as const) {
    if (counts[kind] > 0) parts.push(`${counts[kind]} ${kind}`);
  }
  return parts.join(', ');
}
