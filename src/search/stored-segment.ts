import type { FieldPostings, Segment } from './segment';

/**
 * A segment as one IndexedDB row: typed arrays as they are (structured clone copies their
 * bytes in one piece) and each field's terms as one newline-joined string (the tokenizer splits
 * at newlines, so no term holds one), not an object graph of millions of nodes.
 */
export interface StoredSegment {
  readonly id: number;
  readonly stamp: number;
  readonly ids: readonly string[];
  readonly sources: readonly string[];
  readonly tags: readonly (readonly string[])[];
  readonly publishedAt: Float64Array;
  readonly lengths: Uint32Array;
  readonly terms: readonly string[];
  readonly offsets: readonly Uint32Array[];
  readonly docs: readonly Uint16Array[];
  readonly freqs: readonly Uint16Array[];
}

/** One segment's entry in the manifest: which build of it, how many articles, its tombstones. */
export interface ManifestEntry {
  readonly id: number;
  readonly stamp: number;
  readonly size: number;
  readonly deleted: readonly number[];
}

/** The index's table of contents: valid only while the archive is at `revision`. */
export interface SearchManifest {
  readonly revision: number;
  readonly nextId: number;
  readonly segments: readonly ManifestEntry[];
}

/** The row a segment is saved as. */
export function storedSegmentOf(segment: Segment): StoredSegment {
  const { id, stamp, ids, sources, tags, publishedAt, lengths, fields } = segment;
  return {
    id,
    stamp,
    ids,
    sources,
    tags,
    publishedAt,
    lengths,
    terms: fields.map((f) => f.terms.join('\n')),
    offsets: fields.map((f) => f.offsets),
    docs: fields.map((f) => f.docs),
    freqs: fields.map((f) => f.freqs),
  };
}

/** The segment a saved row holds, with the manifest's tombstones. */
export function segmentOfStored(row: StoredSegment, entry: ManifestEntry): Segment {
  const fields: FieldPostings[] = row.terms.map((joined, f) => ({
    terms: joined === '' ? [] : joined.split('\n'),
    offsets: row.offsets[f] ?? new Uint32Array(1),
    docs: row.docs[f] ?? new Uint16Array(0),
    freqs: row.freqs[f] ?? new Uint16Array(0),
  }));
  const deleted = new Uint8Array(row.ids.length);
  for (const local of entry.deleted) deleted[local] = 1;
  const { id, stamp, ids, sources, tags, publishedAt, lengths } = row;
  return { id, stamp, ids, sources, tags, publishedAt, lengths, fields, deleted };
}

/** The manifest entry of a segment as it is now. */
export function manifestEntryOf(segment: Segment): ManifestEntry {
  const deleted: number[] = [];
  segment.deleted.forEach((gone, local) => gone && deleted.push(local));
  return { id: segment.id, stamp: segment.stamp, size: segment.ids.length, deleted };
}
