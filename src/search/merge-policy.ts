/** What the merge policy needs of a segment. */
export interface SegmentSize {
  readonly id: number;
  readonly total: number;
  readonly live: number;
}

const mergeFactor = 8;
const tierOf = (live: number): number => Math.floor(Math.log(Math.max(1, live)) / Math.log(8));

/**
 * Which segments to merge next, in groups (a log-structured policy, as Lucene's tiered one):
 * eight of a size class become one of the next, so an import writes a small new segment and the
 * segment count stays logarithmic; a segment a third tombstones is rewritten without them; no
 * merge grows past `segmentDocs`, so an import never rewrites a large segment.
 */
export function plannedMerges(segments: readonly SegmentSize[], segmentDocs: number): number[][] {
  const groups: number[][] = [];
  const taken = new Set<number>();
  for (const s of segments)
    if (s.live === 0 || (s.total - s.live) * 3 > s.total) {
      groups.push([s.id]);
      taken.add(s.id);
    }
  const tiers = new Map<number, SegmentSize[]>();
  for (const s of segments) {
    if (taken.has(s.id) || s.live * 2 > segmentDocs) continue;
    const tier = tierOf(s.live);
    tiers.set(tier, [...(tiers.get(tier) ?? []), s]);
  }
  for (const members of tiers.values()) {
    if (members.length < mergeFactor) continue;
    const group: number[] = [];
    let docs = 0;
    for (const s of [...members].sort((a, b) => a.live - b.live)) {
      if (group.length === mergeFactor || docs + s.live > segmentDocs) break;
      group.push(s.id);
      docs += s.live;
    }
    if (group.length > 1) groups.push(group);
  }
  return groups;
}
