import type { Span } from '../../core/model';

/** One side of a comparison: where the passage comes from, and which part of its text it is. */
export interface CompareSide {
  readonly title: string;
  readonly source?: string;
  readonly date?: string;
  readonly url?: string;
  /** Where the passage sits in its article, e.g. "paragraphs 5–6"; absent for a whole text. */
  readonly where?: string;
  readonly text: string;
  /** The passage compared; the whole text when comparing articles or versions. */
  readonly span: Span;
}
