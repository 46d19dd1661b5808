/**
 * The full-text index's storage contract, written once: the rows `search` saves and `db` keeps,
 * and the store interface `db` supplies. Neither layer may import the other, so the shapes they
 * share sit here (types only), where both may look.
 */

/** What the index needs of an article: the searched fields and the filtered ones. */
export interface SearchDocument {
  readonly id: string;
  readonly title: string;
  readonly byline: string;
  readonly source: string;
  readonly text: string;
  readonly tags: readonly string[];
  readonly publishedAt: number;
}

/** Strings packed as one: string `i` is `text.slice(ends[i - 1] ?? 0, ends[i])`. */
export interface PackedStrings {
  readonly text: string;
  readonly ends: Uint32Array;
}

/** The numbers a segment keeps per article, in every form of its row. */
export interface SegmentNumbers {
  readonly id: number;
  /** Random per build: the manifest names it, so a row saved by another build is never mixed in. */
  readonly stamp: number;
  readonly publishedAt: Float64Array;
  /** Field lengths in terms, `lengths[doc * 4 + field]`, for BM25's length normalisation. */
  readonly lengths: Uint32Array;
}

/**
 * The columns a segment keeps per article, the same in memory and in its saved row. Its strings
 * are packed (terms version 5): a row of 8,192 ids, sources and tag lists as arrays of strings
 * cloned each string apart, ~0.75 s for the 100,000 archive's rows at every opening (session 20).
 */
export interface SegmentColumns extends SegmentNumbers {
  readonly ids: PackedStrings;
  /** Local numbers in ascending order of their ids (ties in local order): a lookup by id. */
  readonly idOrder: Uint16Array;
  /** The segment's distinct sources; article `d`'s is `sourceNames[sourceOf[d]]`. */
  readonly sourceNames: readonly string[];
  readonly sourceOf: Uint16Array;
  /** The segment's distinct tags; article `d`'s are `tagNames[tagRefs[tagEnds[d - 1] .. tagEnds[d]]]`. */
  readonly tagNames: readonly string[];
  readonly tagEnds: Uint32Array;
  readonly tagRefs: Uint32Array;
}

/** Each article's strings as rows saved them before terms version 5: an array of each. */
export interface ArticleStrings {
  readonly ids: readonly string[];
  readonly sources: readonly string[];
  readonly tags: readonly (readonly string[])[];
}

/** One field's terms and packed postings per row (see StoredSegment). */
interface PackedFields {
  readonly terms: readonly string[];
  readonly offsets: readonly Uint32Array[];
  readonly counts: readonly Uint32Array[];
  readonly postings: readonly Uint8Array[];
}

/**
 * A segment as one IndexedDB row: typed arrays as they are (structured clone copies their
 * bytes in one piece), each field's terms as one newline-joined string (the tokenizer splits
 * at newlines, so no term holds one) and the articles' strings packed, not an object graph of
 * millions of nodes. Per field, term `t`'s postings are bytes `offsets[t] .. offsets[t + 1]` of
 * `postings` (search's postings.ts: gaps and counts as varints) and `counts[t]` documents.
 */
export interface StoredSegment extends SegmentColumns, PackedFields {}

/**
 * A segment row as saved at terms versions 3 and 4: postings packed, each article's strings in
 * arrays. Still read (and saved again packed), so an archive's index survives the change.
 */
export interface StoredSegmentStrings extends SegmentNumbers, ArticleStrings, PackedFields {}

/**
 * A segment row as saved before terms version 3 (session 20): each posting two 16-bit numbers,
 * term `t`'s being `docs` and `freqs` at `offsets[t] .. offsets[t + 1]`. Still read (and saved
 * again packed), so an archive's index survives the change.
 */
export interface StoredSegmentColumns extends SegmentNumbers, ArticleStrings {
  readonly terms: readonly string[];
  readonly offsets: readonly Uint32Array[];
  readonly docs: readonly Uint16Array[];
  readonly freqs: readonly Uint16Array[];
}

/** A segment row as it may be found: saved now, or by a build before terms version 5 or 3. */
export type SavedSegment = StoredSegment | StoredSegmentStrings | StoredSegmentColumns;

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
  /** The version of the rules that made its terms (search's index-terms.ts); none stamped: 1. */
  readonly termsVersion?: number;
  readonly nextId: number;
  readonly segments: readonly ManifestEntry[];
}

/** One save: the manifest, the segment rows that changed, the rows no longer used. */
export interface SearchSave {
  readonly manifest: SearchManifest;
  readonly put: readonly StoredSegment[];
  readonly drop: readonly number[];
  /** A rebuild: every other row goes. */
  readonly replace: boolean;
}

/**
 * Where the index is kept and its documents come from (the archive, in the app). The engine
 * takes it as an interface so search depends on nothing of ours but the core.
 */
export interface SearchStore {
  /** The archive's current revision; the saved index is valid only at the same one. */
  readonly revision: () => Promise<number>;
  readonly loadManifest: () => Promise<SearchManifest | undefined>;
  /** One segment's row; segments are read one at a time, never the whole index at once. */
  readonly loadSegment: (id: number) => Promise<SavedSegment | undefined>;
  /**
   * Saves only if the archive is still at the manifest's revision (checked in the write's
   * transaction), so a stale tab never overwrites a good index; true if it saved.
   */
  readonly save: (save: SearchSave) => Promise<boolean>;
  /** How many articles the archive holds: a saved index that holds another number is partial. */
  readonly count: () => Promise<number>;
  /** Visits every document, to rebuild the index. */
  readonly eachArticle: (visit: (doc: SearchDocument) => void) => Promise<void>;
  /**
   * The stored documents of these articles (those still stored): for articles written where
   * their text was, not where the change was announced (a big article the big-file worker read
   * and wrote, whose text the page never held).
   */
  readonly documents: (ids: readonly string[]) => Promise<readonly SearchDocument[]>;
}
