import { alignEcho } from '../../core/diff/align-texts';
import type { Alignment, Passage } from '../../core/model';

export { alignTexts } from '../../core/diff/align-texts';

/** Alignment of two passages, with spans as offsets into their whole texts. */
export function alignPassages(a: Passage, textA: string, b: Passage, textB: string): Alignment {
  return alignEcho(
    { kind: a.doc === b.doc ? 'within' : 'across', similarity: 0, a, b },
    textA,
    textB,
  );
}
