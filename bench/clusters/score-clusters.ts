import type { Span, Syndication } from './syndication';

/** Per planted size: copies joined, items reported, copies found whole. */
export interface SizeScore {
  readonly size: number;
  /** Mean over the size's paragraphs of (largest share of its copies in one reported item). */
  readonly joined: number;
  /** Mean number of reported items touching one planted paragraph. */
  readonly items: number;
  /** Share of copies covered ≥ 95% by one reported passage. */
  readonly whole: number;
}

/** Scores for a run: per size, and the share of reported passages that match no planted copy. */
export interface Score {
  readonly sizes: readonly SizeScore[];
  readonly passages: number;
  readonly falsePassages: number;
}

/**
 * Score reported items (clusters, or pairs for the old engine: an item is its passages) against
 * the planted truth. A passage belongs to a planted copy when it overlaps it.
 */
export function scoreItems(set: Syndication, items: readonly (readonly Span[])[]): Score {
  const planted = new Map<string, { span: Span; cluster: number; copy: number }[]>();
  set.truth.forEach((t, cluster) =>
    t.copies.forEach((span, copy) => {
      const list = planted.get(span.doc) ?? [];
      list.push({ span, cluster, copy });
      planted.set(span.doc, list);
    }),
  );
  const joinedBy = set.truth.map(() => new Map<number, Set<number>>());
  const covered = set.truth.map((t) => new Float64Array(t.copies.length));
  let passages = 0;
  let falsePassages = 0;
  items.forEach((item, i) => {
    for (const p of item) {
      passages++;
      const hits = (planted.get(p.doc) ?? []).filter(
        (x) => x.span.start < p.end && p.start < x.span.end,
      );
      if (hits.length === 0) falsePassages++;
      for (const h of hits) {
        const byItem = joinedBy[h.cluster] as Map<number, Set<number>>;
        const copies = byItem.get(i) ?? new Set<number>();
        copies.add(h.copy);
        byItem.set(i, copies);
        const overlap = Math.min(p.end, h.span.end) - Math.max(p.start, h.span.start);
        const share = overlap / (h.span.end - h.span.start);
        const cov = covered[h.cluster] as Float64Array;
        cov[h.copy] = Math.max(cov[h.copy] ?? 0, share);
      }
    }
  });
  const sizes = [...new Set(set.truth.map((t) => t.size))].map((size) => {
    const of = set.truth.flatMap((t, c) => (t.size === size ? [c] : []));
    const mean = (f: (c: number) => number) => of.reduce((s, c) => s + f(c), 0) / of.length;
    return {
      size,
      joined: mean((c) => {
        let best = 0;
        for (const copies of joinedBy[c]?.values() ?? []) best = Math.max(best, copies.size);
        return best / (set.truth[c]?.copies.length ?? 1);
      }),
      items: mean((c) => joinedBy[c]?.size ?? 0),
      whole: mean((c) => {
        const cov = covered[c] ?? new Float64Array();
        return cov.filter((x) => x >= 0.95).length / Math.max(1, cov.length);
      }),
    };
  });
  return { sizes, passages, falsePassages };
}
