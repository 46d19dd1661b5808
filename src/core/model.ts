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
