import { PostingsWriter, type PackedPostings } from './postings';
import type { FieldPostings, Segment } from './segment';
import { docCount, packArticleStrings, type StringColumns } from './segment-strings';
import type {
  ManifestEntry,
  SavedSegment,
  StoredSegment,
  StoredSegmentColumns,
  StoredSegmentStrings,
} from '../core/search-store';

export type {
  ManifestEntry,
  SavedSegment,
  SearchManifest,
  StoredSegment,
  StoredSegmentColumns,
  StoredSegmentStrings,
} from '../core/search-store';

/** The row a segment is saved as. */
export function storedSegmentOf(segment: Segment): StoredSegment {
  const { id, stamp, publishedAt, lengths, fields } = segment;
  const { ids, idOrder, sourceNames, sourceOf, tagNames, tagEnds, tagRefs } = segment;
  return {
    id,
    stamp,
    ids,
    idOrder,
    sourceNames,
    sourceOf,
    tagNames,
    tagEnds,
    tagRefs,
    publishedAt,
    lengths,
    terms: fields.map((f) => f.terms.join('\n')),
    offsets: fields.map((f) => f.offsets),
    counts: fields.map((f) => f.counts),
    postings: fields.map((f) => f.bytes),
  };
}

/**
 * Whether a saved row is of an older form than this build saves: its articles' strings in arrays
 * (before terms version 5), its postings perhaps in 16-bit columns too (before 3).
 */
export function isOlderRow(row: SavedSegment): row is StoredSegmentStrings | StoredSegmentColumns {
  return Array.isArray(row.ids);
}

/** How many articles a saved row holds (of any form). */
export function rowSize(row: SavedSegment): number {
  return isOlderRow(row) ? row.ids.length : row.ids.ends.length;
}

/** Whether a saved row holds its postings in the two 16-bit columns of before terms version 3. */
export function isColumnRow(row: SavedSegment): row is StoredSegmentColumns {
  return !('postings' in row);
}

/** One field's 16-bit columns (a row saved before version 3) packed as postings are now. */
function packColumns(offsets: Uint32Array, docs: Uint16Array, freqs: Uint16Array): PackedPostings {
  const terms = Math.max(0, offsets.length - 1);
  const writer = new PostingsWriter(terms, docs.length);
  for (let t = 0; t < terms; t++) {
    writer.startTerm();
    for (let p = offsets[t] ?? 0; p < (offsets[t + 1] ?? 0); p++)
      writer.add(docs[p] ?? 0, freqs[p] ?? 0);
  }
  return writer.finish();
}

function packedField(row: SavedSegment, f: number): PackedPostings {
  if (isColumnRow(row))
    return packColumns(
      row.offsets[f] ?? new Uint32Array(1),
      row.docs[f] ?? new Uint16Array(0),
      row.freqs[f] ?? new Uint16Array(0),
    );
  return {
    offsets: row.offsets[f] ?? new Uint32Array(1),
    counts: row.counts[f] ?? new Uint32Array(0),
    bytes: row.postings[f] ?? new Uint8Array(0),
  };
}

function stringColumnsOf(row: SavedSegment): StringColumns {
  if (isOlderRow(row)) return packArticleStrings(row);
  const { ids, idOrder, sourceNames, sourceOf, tagNames, tagEnds, tagRefs } = row;
  return { ids, idOrder, sourceNames, sourceOf, tagNames, tagEnds, tagRefs };
}

/** The segment a saved row holds (of any form), with the manifest's tombstones. */
export function segmentOfStored(row: SavedSegment, entry: ManifestEntry): Segment {
  const fields: FieldPostings[] = row.terms.map((joined, f) => ({
    terms: joined === '' ? [] : joined.split('\n'),
    ...packedField(row, f),
  }));
  const strings = stringColumnsOf(row);
  const deleted = new Uint8Array(docCount(strings));
  for (const local of entry.deleted) deleted[local] = 1;
  const { id, stamp, publishedAt, lengths } = row;
  return { id, stamp, ...strings, publishedAt, lengths, fields, deleted };
}

/** The manifest entry of a segment as it is now. */
export function manifestEntryOf(segment: Segment): ManifestEntry {
  const deleted: number[] = [];
  segment.deleted.forEach((gone, local) => gone && deleted.push(local));
  return { id: segment.id, stamp: segment.stamp, size: docCount(segment), deleted };
}
