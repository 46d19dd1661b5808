import {
  eachPosting,
  freezePostings,
  newStamp,
  searchedFields,
  type FieldPostings,
  type Segment,
} from './segment';
import { articleStringsOf, docCount, packArticleStrings } from './segment-strings';

/** The live documents of `segments`, renumbered in order: old local number → new, or -1. */
function renumber(segments: readonly Segment[]): Int32Array[] {
  let next = 0;
  return segments.map((s) => {
    const map = new Int32Array(docCount(s));
    for (let d = 0; d < map.length; d++) map[d] = s.deleted[d] ? -1 : next++;
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
  const width = searchedFields.length;
  const lengths: number[] = [];
  const publishedAt: number[] = [];
  const kept = segments.map((s) => {
    const live: number[] = [];
    for (let d = 0; d < docCount(s); d++) {
      if (s.deleted[d]) continue;
      live.push(d);
      publishedAt.push(s.publishedAt[d] ?? 0);
      for (let f = 0; f < width; f++) lengths.push(s.lengths[d * width + f] ?? 0);
    }
    return articleStringsOf(s, live);
  });
  return {
    id,
    stamp: newStamp(),
    ...packArticleStrings({
      ids: kept.flatMap((k) => k.ids),
      sources: kept.flatMap((k) => k.sources),
      tags: kept.flatMap((k) => k.tags),
    }),
    publishedAt: Float64Array.from(publishedAt),
    lengths: Uint32Array.from(lengths),
    fields: searchedFields.map((_, f) =>
      mergeField(
        segments.map((s) => s.fields[f] as FieldPostings),
        maps,
      ),
    ),
    deleted: new Uint8Array(publishedAt.length),
  };
}
