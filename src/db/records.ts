import type { PassageSelector } from '../core/annotations/selectors';
import type { Fingerprints } from '../core/echoes/fingerprint';
import type { Echo } from '../core/model';
import type { SavedSegment, SearchManifest } from '../core/search-store';

/**
 * What the archive stores. Articles, stories and tags are the user's data; fingerprints, cached
 * echoes and the search index are derived data that `rebuildDerivedData()` can always recreate
 * from articles, so a backup carries articles, stories and tags only.
 */

/** How an article reached the archive. */
export type ArticleOrigin =
  | {
      readonly kind: 'file';
      readonly format: 'txt' | 'md' | 'html';
      readonly name: string;
      readonly relativePath: string;
    }
  | { readonly kind: 'paste'; readonly format: 'txt' | 'html' }
  | {
      readonly kind: 'url';
      readonly format: 'txt' | 'html';
      /** The address asked for. */
      readonly url: string;
      /** Where the fetch ended, when redirects moved it (a short link, an AMP or mobile host). */
      readonly finalUrl?: string;
    };

/** One archived article. Unknown metadata is the empty string, so every field is indexable. */
export interface ArticleRecord {
  readonly id: string;
  readonly title: string;
  /** Site name, or the host of the URL, or '' when nothing says where it came from. */
  readonly source: string;
  readonly byline: string;
  /** Canonical URL when known. */
  readonly url: string;
  /** `url` normalised for matching versions (`urlKeyOf`); '' when there is none (schema v4). */
  readonly urlKey: string;
  /**
   * Publication instant in milliseconds since 1970 UTC (schema v4; before, the string found);
   * `undated` (0) when unknown. A date given without a time is stored as midnight UTC.
   */
  readonly publishedAt: number;
  /** Import instant in milliseconds since 1970 UTC (schema v4; before, an ISO string). */
  readonly importedAt: number;
  /**
   * When it last changed before it was archived (ms since 1970 UTC): the page's stated
   * modification, else its file's last-modified time; absent when neither is known (rows
   * written before session 21). Not indexed: it only orders a story's versions.
   */
  readonly modifiedAt?: number;
  /**
   * Set when `modifiedAt` is its file's last-modified time, not the page's own word (since
   * session 24; older rows leave it unset): a file's date says when it was saved, not written.
   */
  readonly modifiedByFile?: true;
  readonly tags: readonly string[];
  /** Hash of the whitespace-normalised text: equal hashes mean the same article. */
  readonly contentHash: string;
  /** Versions of one story share this id (a story of one has its own). */
  readonly storyId: string;
  readonly note: string;
  /** The extracted plain text; passages and echoes index into it (UTF-16 offsets). */
  readonly text: string;
  /** Sanitised article HTML for the reader; '' for plain-text imports. */
  readonly html: string;
  readonly origin: ArticleOrigin;
  /** Lower-cased title for the title sort (added in schema v2). */
  readonly sortTitle: string;
  /** Words in `text` (added in schema v2). */
  readonly wordCount: number;
  /** How its bytes were read (files and pages, schema v4); `assumed` when the encoding was a guess. */
  readonly decoding?: {
    readonly encoding: string;
    readonly assumed: boolean;
    /** The user picked this encoding to read the kept bytes again. */
    readonly chosen?: boolean;
  };
}

/** A story: the articles that are versions of one another. */
export interface StoryRecord {
  readonly id: string;
  readonly title: string;
  /** Milliseconds since 1970 UTC (schema v4; before, an ISO string). */
  readonly createdAt: number;
}

/** A tag the user has used, kept for suggestions even when no article carries it any more. */
export interface TagRecord {
  readonly name: string;
  readonly createdAt: string;
}

/** Derived: the echo engine's fingerprints of one article's text. Rebuildable from the article. */
export interface FingerprintRecord {
  readonly articleId: string;
  readonly contentHash: string;
  readonly fingerprints: Fingerprints;
  /**
   * MinHash sketch of the marks, on rows written before schema v16 only (in v14's multi-entry
   * index, left in place: see migrations-v16.ts). Since v16 a sketch lives in `sketches`.
   */
  readonly sketch?: readonly number[];
}

/** A fingerprint row as derived from a text, with the near-copy sketch that goes to `sketches`. */
export interface DerivedFingerprints extends FingerprintRecord {
  readonly sketch: readonly number[];
}

/**
 * Derived (schema v16): one article's near-copy sketch, in a small row of its own, numbered in the
 * order written (`seq`), so a reader can load them all at once and later read only what is new.
 */
export interface SketchRecord {
  readonly seq?: number;
  readonly articleId: string;
  readonly sketch: Uint32Array;
}

/**
 * Derived (schema v17): the sketches of consecutive `sketches` rows, up to `last` (its key), in
 * one row: `sizes[i]` values of `values` belong to `ids[i]`, in the order the rows were numbered.
 */
export interface SketchPackRecord {
  readonly last: number;
  readonly ids: readonly string[];
  readonly sizes: Uint8Array;
  readonly values: Uint32Array;
}

/** Derived: echoes computed for a key (an article, or a pair), dropped when an article changes. */
export interface EchoCacheRecord {
  readonly key: string;
  readonly articleIds: readonly string[];
  /** The app and fingerprint version that wrote it: a row from another build is a miss, so its
   * `echoes` always have this build's shape. */
  readonly engineVersion: string;
  readonly echoes: readonly Echo[];
  readonly computedAt: string;
}

/**
 * Derived: one segment of the full-text index (schema v15), in the search engine's row format
 * (packed postings since session 20; rows saved before are still read, then saved packed).
 */
export type SearchSegmentRecord = SavedSegment;

/** Derived: the full-text index's manifest (one row), valid only while `revision` matches. */
export interface SearchManifestRecord extends SearchManifest {
  readonly id: 'main';
}

/** Bookkeeping: a counter bumped by every write to articles, so derived data can tell it is stale. */
export interface MetaRecord {
  readonly key: string;
  readonly value: number;
}

/** Derived: how many articles are in all, per source and per tag (schema v7; see facets.ts). */
export interface FacetRecord {
  readonly key: string;
  readonly kind: 'all' | 'source' | 'tag';
  /** The source or tag name ('' for all). */
  readonly value: string;
  readonly count: number;
}

/** The colours a highlight can have. */
export type HighlightColour = 'yellow' | 'green' | 'blue' | 'pink';

/**
 * A person's highlight (with an optional comment) on a passage, shaped like a W3C Web Annotation:
 * its target is the article it was made on plus a quote and a position selector, so it can be
 * found again on that article and re-anchored on the story's other versions. User data: backed up.
 */
export interface AnnotationRecord {
  readonly id: string;
  /** The article (version) the highlight was made on: the annotation's target source. */
  readonly articleId: string;
  readonly target: { readonly source: string; readonly selector: PassageSelector };
  /** The comment (the annotation's body); '' for a bare highlight. */
  readonly comment: string;
  readonly colour: HighlightColour;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * The bytes an article was read from, kept only when their encoding was a guess the detector
 * doubted, so the reader can read them again in another encoding (schema v9). Text decoded in the
 * wrong encoding cannot be turned back into its bytes (unmapped bytes become U+FFFD), and keeping
 * the bytes of every import would double the archive for articles whose encoding is certain.
 */
export interface OriginalRecord {
  readonly articleId: string;
  readonly format: 'txt' | 'md' | 'html';
  readonly bytes: Uint8Array;
}
