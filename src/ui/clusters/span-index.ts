import type { Span } from '../../core/model';

/**
 * Spans of one text, indexed to answer "which of them overlap [start, end)?" in O(log n + answers):
 * sorted by start, with a tree of the largest end under each node. The reader asks this once per
 * copy of a passage, so a scan of every span per question would make an article with thousands
 * of echoes quadratic.
 */
export class SpanIndex<T extends Span> {
  private readonly spans: T[];
  private readonly starts: Float64Array;
  private readonly maxEnd: Float64Array;
  private readonly leaves: number;

  constructor(spans: Iterable<T>) {
    this.spans = [...spans].sort((x, y) => x.start - y.start);
    this.starts = Float64Array.from(this.spans, (s) => s.start);
    let leaves = 1;
    while (leaves < this.spans.length) leaves *= 2;
    this.leaves = leaves;
    this.maxEnd = new Float64Array(2 * leaves).fill(-Infinity);
    this.spans.forEach((s, i) => (this.maxEnd[leaves + i] = s.end));
    for (let node = leaves - 1; node >= 1; node--)
      this.maxEnd[node] = Math.max(
        this.maxEnd[2 * node] ?? -Infinity,
        this.maxEnd[2 * node + 1] ?? -Infinity,
      );
  }

  /** Calls `visit` for each span sharing at least one position with [start, end), by start. */
  forEachOverlapping(start: number, end: number, visit: (span: T) => void): void {
    // Only spans starting before `end` can overlap; among those, the tree finds the ends past `start`.
    const limit = this.firstStartAtOrAfter(end);
    if (limit === 0) return;
    // Depth-first, left to right, over nodes whose leaves begin before `limit`: an explicit stack
    // of (node, first leaf, leaf count) triples.
    const stack = [1, 0, this.leaves];
    while (stack.length > 0) {
      const count = stack.pop() ?? 0;
      const from = stack.pop() ?? 0;
      const node = stack.pop() ?? 0;
      if (from >= limit || (this.maxEnd[node] ?? -Infinity) <= start) continue;
      if (count === 1) {
        const span = this.spans[from];
        if (span) visit(span);
        continue;
      }
      const half = count / 2;
      stack.push(2 * node + 1, from + half, half, 2 * node, from, half);
    }
  }

  /** The number of spans that start before `at`. */
  private firstStartAtOrAfter(at: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.starts[mid] ?? Infinity) < at) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
