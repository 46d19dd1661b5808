import { PostingsReader } from '../../src/search/postings';
import { articleStringsOf, docCount } from '../../src/search/segment-strings';
import {
  isOlderRow,
  type SavedSegment,
  type StoredSegmentColumns,
  type StoredSegmentStrings,
} from '../../src/search/stored-segment';

/**
 * A saved segment row as builds of terms versions 3 and 4 saved it: postings packed, and each
 * article's id, source and tags in arrays of strings.
 */
export function stringsRowOf(row: SavedSegment): StoredSegmentStrings | StoredSegmentColumns {
  if (isOlderRow(row)) return row;
  const { ids, idOrder, sourceNames, sourceOf, tagNames, tagEnds, tagRefs, ...rest } = row;
  const columns = { ids, idOrder, sourceNames, sourceOf, tagNames, tagEnds, tagRefs };
  const locals = Array.from({ length: docCount(columns) }, (_, d) => d);
  return { ...rest, ...articleStringsOf(columns, locals) };
}

/**
 * A saved segment row as builds before terms version 3 saved it: each posting a 16-bit document
 * number and a 16-bit count, in two columns per field, `offsets` counting postings.
 */
export function columnRowOf(saved: SavedSegment): StoredSegmentColumns {
  const row = stringsRowOf(saved);
  if (!('postings' in row)) return row;
  const { counts, postings, offsets, ...columns } = row;
  const reader = new PostingsReader();
  const fields = postings.map((bytes, f) => {
    const byteOffsets = offsets[f] ?? new Uint32Array(1);
    const perTerm = counts[f] ?? new Uint32Array(0);
    const total = perTerm.reduce((sum, n) => sum + n, 0);
    const docs = new Uint16Array(total);
    const freqs = new Uint16Array(total);
    const starts = new Uint32Array(perTerm.length + 1);
    let at = 0;
    perTerm.forEach((_, t) => {
      starts[t] = at;
      reader.reset(bytes, byteOffsets[t] ?? 0, byteOffsets[t + 1] ?? 0);
      while (reader.next()) {
        docs[at] = reader.doc;
        freqs[at++] = Math.min(reader.count, 65_535);
      }
    });
    starts[perTerm.length] = at;
    return { docs, freqs, starts };
  });
  return {
    ...columns,
    offsets: fields.map((f) => f.starts),
    docs: fields.map((f) => f.docs),
    freqs: fields.map((f) => f.freqs),
  };
}
