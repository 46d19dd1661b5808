import type { Span } from '../../core/model';

/** A run of text and the marks covering all of it. */
export interface Cut<T> extends Span {
  readonly covering: readonly T[];
}

/** Cuts `span` at every boundary of the marks (and extra `points`) inside it. */
export function cutSpan<T extends Span>(
  span: Span,
  marks: readonly T[],
  points: readonly number[] = [],
): Cut<T>[] {
  const inside = marks.filter((m) => m.start < span.end && m.end > span.start);
  if (inside.length === 0 && points.length === 0) return [{ ...span, covering: [] }];
  const cuts = new Set([span.start, span.end]);
  for (const mark of inside) {
    cuts.add(Math.max(span.start, mark.start));
    cuts.add(Math.min(span.end, mark.end));
  }
  for (const point of points) if (point > span.start && point < span.end) cuts.add(point);
  const sorted = [...cuts].sort((x, y) => x - y);
  const out: Cut<T>[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] ?? 0;
    const end = sorted[i + 1] ?? start;
    out.push({ start, end, covering: inside.filter((m) => m.start <= start && m.end >= end) });
  }
  return out;
}
