import type { Echo, Passage } from '../model';
import type { EchoIndex } from './echo-index';
import type { EchoOptions } from './options';

/** A selected passage of an archived article, with its words. */
export interface SelectedPassage extends Passage {
  readonly text: string;
}

// The id the selection is asked under: no archived article has it, so none is left out.
const askedId = '\u0000selection';

/**
 * Every near copy of a selected passage in the archive `index` holds, strongest first: the
 * passage is fingerprinted as the engine reads any text (its normalisation: "we're"/"we are",
 * "£200m"/"£200 million", quote styles) and asked of the index's sorted marks, so the cost
 * follows the copies found, not the archive's size. Each echo's side `a` is the part of the
 * selection that is copied (offsets in its article), side `b` the copy; `kind` is `within` for a
 * copy elsewhere in the selection's own article, `version` for one in `versionIds`, else
 * `across`. The selection itself, and a copy inside it, are not copies of it.
 */
export function findPassageCopies(
  index: EchoIndex,
  selected: SelectedPassage,
  versionIds: readonly string[],
  options?: EchoOptions,
): Echo[] {
  const versions = new Set(versionIds);
  const found = index.query({ id: askedId, text: selected.text }, undefined, {
    ...options,
    within: false,
  });
  const copies: Echo[] = [];
  for (const echo of found) {
    // The query's own text is side a; an index hit (side b) is in an archived article.
    const [own, copy] = echo.a.doc === askedId ? [echo.a, echo.b] : [echo.b, echo.a];
    if (copy.doc === selected.doc && copy.start < selected.end && copy.end > selected.start)
      continue;
    const kind =
      copy.doc === selected.doc ? 'within' : versions.has(copy.doc) ? 'version' : 'across';
    copies.push({
      kind,
      similarity: echo.similarity,
      a: { doc: selected.doc, start: selected.start + own.start, end: selected.start + own.end },
      b: copy,
    });
  }
  return copies;
}

/** The share (0–1) of a selection's characters that a copy's side `a` covers. */
export function selectionCovered(selected: Passage, copy: Echo): number {
  const length = selected.end - selected.start;
  if (length <= 0) return 0;
  const start = Math.max(selected.start, copy.a.start);
  const end = Math.min(selected.end, copy.a.end);
  return Math.max(0, end - start) / length;
}
