/**
 * Where a passage sits, in words a reader can find: the number of its paragraph. An article's
 * stored text separates paragraphs by a blank line (the extractor writes "\n\n"), so the
 * paragraph of an offset is one more than the blank lines before it. The breaks of a text are
 * found once and kept for the last few texts: the echo list asks for two places per echo, up to
 * a hundred echoes at a time, and a text can be megabytes long.
 */
const kept = new Map<string, Uint32Array>();
const keep = 8;

/** Offsets where each paragraph after the first starts, ascending. */
function paragraphStarts(text: string): Uint32Array {
  const cached = kept.get(text);
  if (cached) return cached;
  const starts: number[] = [];
  for (const match of text.matchAll(/\n[^\S\n]*\n\s*/g)) starts.push(match.index + match[0].length);
  const found = Uint32Array.from(starts);
  if (kept.size >= keep) kept.delete(kept.keys().next().value ?? '');
  kept.set(text, found);
  return found;
}

/** The 1-based number of the paragraph of `text` that holds the character at `offset`. */
export function paragraphOf(text: string, offset: number): number {
  const starts = paragraphStarts(text);
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}
