/** PAN's plagdet measure (Potthast, Stein, Barrón-Cedeño, Rosso 2010), at character level. */

/** A span of one document. */
export interface Span {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
}

/** A planted case or a detection: two sides (order does not matter). */
export interface Pair {
  readonly a: Span;
  readonly b: Span;
}

/** Precision, recall, granularity and plagdet, plus how many cases were detected at all. */
export interface Plagdet {
  readonly precision: number;
  readonly recall: number;
  readonly granularity: number;
  readonly plagdet: number;
  readonly detected: number;
}

const overlaps = (x: Span, y: Span): boolean =>
  x.doc === y.doc && x.start < y.end && y.start < x.end;
const length = (p: Pair): number => p.a.end - p.a.start + (p.b.end - p.b.start);

/** r detects s when its two sides overlap the two sides of s (either way round). */
export function detects(r: Pair, s: Pair): boolean {
  return (overlaps(r.a, s.a) && overlaps(r.b, s.b)) || (overlaps(r.a, s.b) && overlaps(r.b, s.a));
}

/** Characters of `target` (both sides) covered by the union of `covers` (both sides). */
function coveredChars(target: Pair, covers: readonly Pair[]): number {
  let total = 0;
  for (const side of [target.a, target.b]) {
    const parts = covers
      .flatMap((c) => [c.a, c.b])
      .filter((c) => overlaps(c, side))
      .map((c) => [Math.max(c.start, side.start), Math.min(c.end, side.end)] as const)
      .sort((x, y) => x[0] - y[0]);
    let reach = side.start;
    for (const [from, to] of parts) {
      const lo = Math.max(from, reach);
      if (to > lo) total += to - lo;
      reach = Math.max(reach, to);
    }
  }
  return total;
}

/** Score detections against planted cases. */
export function plagdet(cases: readonly Pair[], detections: readonly Pair[]): Plagdet {
  let recallSum = 0;
  let granularitySum = 0;
  let detected = 0;
  for (const s of cases) {
    const hits = detections.filter((r) => detects(r, s));
    recallSum += coveredChars(s, hits) / length(s);
    if (hits.length > 0) {
      detected++;
      granularitySum += hits.length;
    }
  }
  let precisionSum = 0;
  for (const r of detections) {
    const hits = cases.filter((s) => detects(r, s));
    precisionSum += coveredChars(r, hits) / length(r);
  }
  const recall = cases.length ? recallSum / cases.length : 0;
  const precision = detections.length ? precisionSum / detections.length : 0;
  const granularity = detected ? granularitySum / detected : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, granularity, plagdet: f1 / Math.log2(1 + granularity), detected };
}
