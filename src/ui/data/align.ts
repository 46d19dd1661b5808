import { diffWordsWithSpace } from 'diff';
import type { Alignment, Passage, Segment } from '../../core/model';

/** Word-level alignment of two texts; segment spans are offsets into `a` and `b`. */
export function alignTexts(a: string, b: string): Alignment {
  const segments: Segment[] = [];
  let i = 0;
  let j = 0;
  for (const part of diffWordsWithSpace(a, b)) {
    const n = part.value.length;
    if (part.added) {
      segments.push({ kind: 'inserted', a: { start: i, end: i }, b: { start: j, end: j + n } });
      j += n;
    } else if (part.removed) {
      segments.push({ kind: 'deleted', a: { start: i, end: i + n }, b: { start: j, end: j } });
      i += n;
    } else {
      segments.push({ kind: 'same', a: { start: i, end: i + n }, b: { start: j, end: j + n } });
      i += n;
      j += n;
    }
  }
  return { segments };
}

const shift = (alignment: Alignment, offsetA: number, offsetB: number): Alignment => ({
  segments: alignment.segments.map((s) => ({
    kind: s.kind,
    a: { start: s.a.start + offsetA, end: s.a.end + offsetA },
    b: { start: s.b.start + offsetB, end: s.b.end + offsetB },
  })),
});

/** Alignment of two passages, with spans as offsets into their whole texts. */
export function alignPassages(a: Passage, textA: string, b: Passage, textB: string): Alignment {
  return shift(
    alignTexts(textA.slice(a.start, a.end), textB.slice(b.start, b.end)),
    a.start,
    b.start,
  );
}
