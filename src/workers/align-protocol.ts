import type { Move } from '../core/diff/find-moves';
import type { Alignment, Passage } from '../core/model';

/** Asks the align worker for the word alignment of two passages (spans into the whole texts). */
export interface AlignRequest {
  readonly kind: 'align';
  readonly a: Passage;
  readonly textA: string;
  readonly b: Passage;
  readonly textB: string;
}

/** The alignment, how far it has got (`percent`, 0–100), or that it could not be made (the UI says so in words). */
export type AlignReply =
  | {
      readonly kind: 'aligned';
      readonly id: number;
      readonly alignment: Alignment;
      /** Paragraphs that changed place (findMoves), each aligned word by word. */
      readonly moves: readonly Move[];
    }
  | { readonly kind: 'progress'; readonly id: number; readonly percent: number }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };
