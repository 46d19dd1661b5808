import { splitParagraphs } from '../../core/versions/paragraphs';

/**
 * Where a passage sits, in words a reader can find: the number of its paragraph, counted as the
 * reader lays a text out (splitParagraphs: on blank lines, or on single line breaks in a text
 * that has no blank line — counting blank lines alone called every copy in such a text
 * "paragraph 1"). The paragraph starts of a text are found once and kept for the last few texts:
 * the echo list asks for two places per echo, up to a hundred echoes at a time, and a text can
 * be megabytes long.
 */
const kept = new Map<string, Uint32Array>();
const keep = 8;

/** Offsets where each paragraph after the first starts, ascending. */
function paragraphStarts(text: string): Uint32Array {
  const cached = kept.get(text);
  if (cached) return cached;
  const found = Uint32Array.from(
    splitParagraphs(text)
      .slice(1)
      .map((span) => span.start),
  );
  if (kept.size >= keep) kept.delete(kept.keys().next().value ?? '');
  kept.set(text, found);
  return found;
}

/**
 * The 1-based number of the paragraph of `text` that holds the character at `offset`, counting
 * from the paragraph after the first `hidden` ones (a .txt title line the reader leaves out).
 */
export function paragraphOf(text: string, offset: number, hidden = 0): number {
  const starts = paragraphStarts(text);
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(1, lo + 1 - hidden);
}
