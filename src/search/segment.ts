import { indexTerms } from './index-terms';
import { PostingsReader, PostingsWriter, type PackedPostings } from './postings';
import { packArticleStrings } from './segment-strings';
import type { SearchDocument, SegmentColumns } from '../core/search-store';

/** The searched fields, in the order every per-field array of a segment uses. */
export const searchedFields = ['title', 'byline', 'source', 'text'] as const;

/**
 * One field's inverted index in a segment: sorted terms, and for term `i` its postings — local
 * document numbers (ascending) with the term's count — packed in `bytes` (see postings.ts).
 */
export interface FieldPostings extends PackedPostings {
  readonly terms: readonly string[];
}

/**
 * A group of articles indexed together, immutable once built (deletes are tombstones). Typed
 * arrays instead of maps of maps: MiniSearch's postings took 173 MB of heap at 10,000 articles,
 * which would be ~1.6 GB at 100,000; these take a byte or two a posting and are stored as they are.
 */
export interface Segment extends SegmentColumns {
  readonly fields: readonly FieldPostings[];
  /** Tombstones: 1 where the article was deleted or replaced since the segment was built. */
  readonly deleted: Uint8Array;
}

/** Local document numbers are 16-bit. */
export const maxSegmentDocs = 65_535;

/** A fresh random stamp for a segment build. */
export function newStamp(): number {
  return Math.floor(Math.random() * 2 ** 52) + 1;
}

/** Postings of one field gathered per term (document, count, … ascending), then packed. */
export function freezePostings(byTerm: Map<string, number[]>): FieldPostings {
  const terms = [...byTerm.keys()].sort();
  let total = 0;
  for (const list of byTerm.values()) total += list.length / 2;
  const writer = new PostingsWriter(terms.length, total);
  for (const term of terms) {
    writer.startTerm();
    const list = byTerm.get(term) ?? [];
    for (let j = 0; j < list.length; j += 2) writer.add(list[j] ?? 0, list[j + 1] ?? 0);
  }
  return { terms, ...writer.finish() };
}

/** Calls `visit` with each document and count of term `t`'s postings, in document order. */
export function eachPosting(
  postings: FieldPostings,
  t: number,
  visit: (doc: number, count: number) => void,
): void {
  const reader = new PostingsReader().reset(
    postings.bytes,
    postings.offsets[t] ?? 0,
    postings.offsets[t + 1] ?? 0,
  );
  while (reader.next()) visit(reader.doc, reader.count);
}

/** Indexes `docs` (at most `maxSegmentDocs`) as segment `id`. */
export function buildSegment(id: number, docs: readonly SearchDocument[]): Segment {
  if (docs.length > maxSegmentDocs) throw new Error('Too many articles for one index segment.');
  const byField = searchedFields.map(() => new Map<string, number[]>());
  const lengths = new Uint32Array(docs.length * searchedFields.length);
  docs.forEach((doc, local) => {
    searchedFields.forEach((field, f) => {
      const terms = indexTerms(doc[field]);
      lengths[local * searchedFields.length + f] = terms.length;
      const counts = new Map<string, number>();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      const postings = byField[f] as Map<string, number[]>;
      for (const [term, count] of counts) {
        const list = postings.get(term);
        if (list) list.push(local, count);
        else postings.set(term, [local, count]);
      }
    });
  });
  return {
    id,
    stamp: newStamp(),
    ...packArticleStrings({
      ids: docs.map((d) => d.id),
      sources: docs.map((d) => d.source),
      tags: docs.map((d) => d.tags),
    }),
    publishedAt: Float64Array.from(docs, (d) => d.publishedAt),
    lengths,
    fields: byField.map(freezePostings),
    deleted: new Uint8Array(docs.length),
  };
}

/** Where `term` sits in a field's sorted terms, or -1. */
export function findTerm(postings: FieldPostings, term: string): number {
  const { terms } = postings;
  let lo = 0;
  let hi = terms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const here = terms[mid] as string;
    if (here === term) return mid;
    if (here < term) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** How many articles of the segment are not tombstoned. */
export function liveCount(segment: Segment): number {
  let live = 0;
  for (const d of segment.deleted) live += d ? 0 : 1;
  return live;
}
