import {
  eachPosting,
  freezePostings,
  newStamp,
  searchedFields,
  type FieldPostings,
  type Segment,
} from './segment';

/** The live documents of `segments`, renumbered in order: old local number → new, or -1. */
function renumber(segments: readonly Segment[]): Int32Array[] {
  let next = 0;
  return segments.map((s) => {
    const map = new Int32Array(s.ids.length);
    for (let d = 0; d < s.ids.length; d++) map[d] = s.deleted[d] ? -1 : next++;
    return map;
  });
}

/**
 * One field's postings of several segments as one, without tombstoned documents. Postings are
 * copied (read and packed again), never re-tokenised: the texts are not needed, so merging runs
 * on what is loaded.
 */
function mergeField(parts: readonly FieldPostings[], maps: readonly Int32Array[]): FieldPostings {
  const byTerm = new Map<string, number[]>();
  parts.forEach((part, s) => {
    const map = maps[s] as Int32Array;
    part.terms.forEach((term, t) => {
      let list = byTerm.get(term);
      eachPosting(part, t, (local, count) => {
        const doc = map[local] ?? -1;
        if (doc < 0) return;
        if (!list) byTerm.set(term, (list = []));
        list.push(doc, count);
      });
    });
  });
  return freezePostings(byTerm);
}

/** `segments` merged into one new segment `id` that holds only their live documents. */
export function mergeSegments(id: number, segments: readonly Segment[]): Segment {
  const maps = renumber(segments);
  const keep = <T>(pick: (s: Segment) => readonly T[]): T[] =>
    segments.flatMap((s) => pick(s).filter((_, d) => !s.deleted[d]));
  const width = searchedFields.length;
  const lengths: number[] = [];
  const publishedAt: number[] = [];
  for (const s of segments)
    for (let d = 0; d < s.ids.length; d++) {
      if (s.deleted[d]) continue;
      publishedAt.push(s.publishedAt[d] ?? 0);
      for (let f = 0; f < width; f++) lengths.push(s.lengths[d * width + f] ?? 0);
    }
  const ids = keep((s) => s.ids);
  return {
    id,
    stamp: newStamp(),
    ids,
    sources: keep((s) => s.sources),
    tags: keep((s) => s.tags),
    publishedAt: Float64Array.from(publishedAt),
    lengths: Uint32Array.from(lengths),
    fields: searchedFields.map((_, f) =>
      mergeField(
        segments.map((s) => s.fields[f] as FieldPostings),
        maps,
      ),
    ),
    deleted: new Uint8Array(ids.length),
  };
}
