import type { Span } from '../../core/model';

/**
 * A mark drawn over the text besides echoes: a person's highlight, or a version's edit. The class
 * name says which; `note` is the highlight's id for clicks and lists.
 */
export interface Overlay extends Span {
  readonly className: string;
  readonly title?: string;
  readonly note?: string;
}

/** Text shown at a point that the article's own text does not hold: words a version deleted. */
export interface Widget {
  readonly at: number;
  readonly text: string;
  readonly className: string;
  readonly title: string;
}

/** What the reader draws over the text, apart from echo highlights. */
export interface Decorations {
  readonly overlays: readonly Overlay[];
  readonly widgets: readonly Widget[];
}

/** Nothing drawn. */
export const noDecorations: Decorations = { overlays: [], widgets: [] };
