import type { FieldPostings, Segment } from './segment';
import type { ManifestEntry, StoredSegment } from '../core/search-store';

export type { ManifestEntry, SearchManifest, StoredSegment } from '../core/search-store';

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
