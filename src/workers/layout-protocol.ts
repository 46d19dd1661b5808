import type { ReaderDoc } from '../core/layout/reader-doc';

/** Asks the layout worker to lay out one article's sanitised HTML over its text. */
export interface LayoutRequest {
  readonly kind: 'layout';
  readonly html: string;
  readonly text: string;
}

/** The layout, or null when the plain layout is the honest one (see htmlDoc). */
export interface LayoutReply {
  readonly kind: 'laid-out';
  readonly id: number;
  readonly doc: ReaderDoc | null;
}
