import type { Span } from '../model';

/** The parts of `span` outside the sorted, disjoint spans `holes` (found by halving: their ends are sorted too). */
export function outside(span: Span, holes: readonly Span[]): Span[] {
  let low = 0;
  let high = holes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((holes[mid]?.end ?? 0) <= span.start) low = mid + 1;
    else high = mid;
  }
  const parts: Span[] = [];
  let at = span.start;
  for (let h = low; h < holes.length; h++) {
    const hole = holes[h];
    if (!hole || hole.start >= span.end) break;
    if (hole.start > at) parts.push({ start: at, end: hole.start });
    at = Math.max(at, hole.end);
  }
  if (at < span.end) parts.push({ start: at, end: span.end });
  return parts;
}
