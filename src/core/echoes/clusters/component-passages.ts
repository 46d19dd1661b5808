import type { PassageNodes } from './passage-nodes';

/** A passage of a component in tokens, and how many nodes (alignments) it absorbed. */
export interface TokenPassage {
  readonly doc: number;
  readonly start: number;
  end: number;
  weight: number;
}

/**
 * Share of the shorter of two overlapping ranges of one document that must overlap for them to be
 * one copy; less overlap means two adjacent copies whose alignments ran into each other (a
 * paragraph repeated back to back), so the earlier is cut where the later starts.
 */
const SAME_COPY = 0.8;

/**
 * The passages of one connected component: its nodes sorted by document and start, overlapping
 * nodes of one document merged into one passage (or cut apart, see SAME_COPY), and passages
 * shorter than `minTokens` dropped.
 */
export function componentPassages(
  nodes: PassageNodes,
  members: readonly number[],
  minTokens: number,
): TokenPassage[] {
  const sorted = [...members].sort(
    (x, y) =>
      (nodes.doc[x] ?? 0) - (nodes.doc[y] ?? 0) ||
      (nodes.start[x] ?? 0) - (nodes.start[y] ?? 0) ||
      (nodes.end[y] ?? 0) - (nodes.end[x] ?? 0),
  );
  const out: TokenPassage[] = [];
  let cur: TokenPassage | undefined;
  for (const n of sorted) {
    const doc = nodes.doc[n] ?? 0;
    const start = nodes.start[n] ?? 0;
    const end = nodes.end[n] ?? 0;
    if (cur && cur.doc === doc && start < cur.end) {
      const overlap = Math.min(cur.end, end) - start;
      const shorter = Math.min(cur.end - cur.start, end - start);
      if (overlap >= SAME_COPY * shorter) {
        cur.end = Math.max(cur.end, end);
        cur.weight++;
        continue;
      }
      cur.end = start;
    }
    if (cur && cur.end - cur.start >= minTokens) out.push(cur);
    cur = { doc, start, end, weight: 1 };
  }
  if (cur && cur.end - cur.start >= minTokens) out.push(cur);
  return out;
}
