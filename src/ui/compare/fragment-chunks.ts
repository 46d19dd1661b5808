import type { Fragment } from './fragments';

/** Characters per chunk of a compare column: each is rendered, and laid out, on its own. */
export const compareChunkChars = 20_000;

/**
 * Where to cut `text` so the piece before the cut is at least `want` characters: just after a
 * line break (a chunk is a block, so a cut there changes nothing on screen), else after a space
 * for a text with no line breaks for long, else at `want` itself (never inside a surrogate pair).
 * -1 when the whole text is shorter than `want`.
 */
function cutPoint(text: string, want: number): number {
  if (text.length <= want) return -1;
  const from = Math.max(0, want - 1);
  const newline = text.indexOf('\n', from);
  if (newline >= 0 && newline < from + want * 4) return newline + 1;
  const space = text.indexOf(' ', from);
  if (space >= 0 && space < from + want) return space + 1;
  const code = text.charCodeAt(want - 1);
  return code >= 0xd800 && code <= 0xdbff ? want + 1 : want;
}

/**
 * Cuts a column's fragments into chunks of about `limit` characters, splitting long fragments
 * (a few megabytes of unchanged text is one fragment) where `cutPoint` says. Each piece keeps its
 * fragment's kind and difference, so marking and stepping through differences work as before;
 * the pieces' texts joined are the column's text. Iterative: no depth grows with the input.
 */
export function chunkFragments(
  fragments: readonly Fragment[],
  limit = compareChunkChars,
): Fragment[][] {
  const chunks: Fragment[][] = [];
  let current: Fragment[] = [];
  let size = 0;
  for (const fragment of fragments) {
    let text = fragment.text;
    for (let cut = cutPoint(text, limit - size); cut >= 0; cut = cutPoint(text, limit - size)) {
      current.push({ ...fragment, text: text.slice(0, cut) });
      chunks.push(current);
      current = [];
      size = 0;
      text = text.slice(cut);
    }
    // An empty difference (a gap where the other side has words) is kept: it is drawn.
    if (text !== '' || fragment.text === '') {
      current.push(text === fragment.text ? fragment : { ...fragment, text });
      size += text.length;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** How many characters the chunk holds, for an estimate of its height before it is laid out. */
export function chunkChars(chunk: readonly Fragment[]): number {
  let chars = 0;
  for (const fragment of chunk) chars += fragment.text.length;
  return chars;
}
