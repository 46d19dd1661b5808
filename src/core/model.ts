/**
 * The core's vocabulary (see docs/architecture.md). Offsets are UTF-16 code units into an article's
 * `text`, half-open `[start, end)`.
 */

/** A half-open range of UTF-16 code units in some text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A text the engine works on: an article as the core sees it (no storage concerns). */
export interface Doc {
  readonly id: string;
  readonly text: string;
}

/** A span of one document's text. */
export interface Passage extends Span {
  readonly doc: string;
}

/** Where an echo was found: inside one article, across two, or between versions of one story. */
export type EchoKind = 'within' | 'across' | 'version';

/** Two passages that repeat each other, with their aligned-token similarity in [0, 1]. */
export interface Echo {
  readonly kind: EchoKind;
  readonly similarity: number;
  readonly a: Passage;
  readonly b: Passage;
}

/** How a stretch of an alignment relates its two sides. */
export type SegmentKind = 'same' | 'equivalent' | 'changed' | 'inserted' | 'deleted';

/**
 * One stretch of an alignment. `a` and `b` are spans of the two original texts; the segments of
 * an alignment tile both texts, so concatenating their spans rebuilds each text exactly.
 * `deleted` has an empty `b`, `inserted` an empty `a`.
 */
export interface Segment {
  readonly kind: SegmentKind;
  readonly a: Span;
  readonly b: Span;
  /** Words the segment covers (the larger side); 0 for punctuation and spaces. Set by alignTexts. */
  readonly words?: number;
}

/** The word-level correspondence of two passages or texts. */
export interface Alignment {
  readonly segments: readonly Segment[];
}

/**
 * A document as the cluster search sees it: its text plus what provenance needs. Dates are epoch
 * milliseconds (the caller parses them); `source` names the site or publication; `story` groups
 * versions of one story. Every field but `id` and `text` may be missing.
 */
export interface ClusterDoc extends Doc {
  /**
   * Publication date (epoch ms); the origin is the earliest passage by this, else modifiedAt,
   * else importedAt (the order versions use, versions/version-order.ts).
   */
  readonly publishedAt?: number;
  /** The page's stated last change, else its file's last-modified time (epoch ms). */
  readonly modifiedAt?: number;
  /** When the article entered the archive (epoch ms); used when publishedAt is missing. */
  readonly importedAt?: number;
  /** Site or publication; several articles of one source sharing a passage make boilerplate. */
  readonly source?: string;
  /** Story id: documents sharing one are versions of each other. */
  readonly story?: string;
}

/** One copy of a cluster's text, with its aligned-token similarity to the representative. */
export interface ClusterPassage extends Passage {
  /** In [0, 1]; 1 for the representative itself. */
  readonly similarity: number;
}

/**
 * Every passage that repeats one text, exact or edited: within one article, across articles,
 * between versions. An echo is a cluster of two. Contract (what callers may rely on):
 * - `passages` has `size` ≥ 2 entries, ordered by date (publishedAt, else modifiedAt, else
 *   importedAt; undated last), then by modifiedAt else publishedAt else importedAt, then
 *   importedAt (one page's versions share a publication date), then by the order documents were given, then by start
 *   offset; passages never overlap;
 * - `representative` indexes the passage every other one was aligned to (similarity 1);
 * - `origin` indexes the earliest dated passage (the likely first printing); 0 when none is dated;
 * - `kind`: `within` when every passage is in one document, `version` when they span several
 *   documents that all share one story, otherwise `across`;
 * - `sources` counts distinct publishers (sources/publisher.ts: "Daily Ledger" and
 *   dailyledger.example are one), a document without a source counting as its own;
 * - `boilerplate` is true when the passages come from at least two documents and every one of
 *   them has the same (non-empty) publisher: a site's footer or byline block, not reuse. Repeats
 *   inside one article, and `version` clusters (one story's versions share one source), are never
 *   boilerplate;
 * - `similarity` is the mean similarity of the non-representative passages to the representative;
 * - `words` is the representative's length in normalised tokens (a strength measure);
 * - `id` is stable for the same input (derived from the representative's document and offset).
 */
export interface Cluster {
  readonly id: string;
  readonly kind: EchoKind;
  readonly passages: readonly ClusterPassage[];
  readonly representative: number;
  readonly origin: number;
  readonly size: number;
  readonly similarity: number;
  readonly words: number;
  /** Earliest and latest passage dates (epoch ms); undefined when no passage is dated. */
  readonly firstDate?: number;
  readonly lastDate?: number;
  readonly sources: number;
  readonly boilerplate: boolean;
}
