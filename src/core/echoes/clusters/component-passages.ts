import type { PassageNodes } from './passage-nodes';

/** A passage of a component in tokens, and how many nodes (alignments) it absorbed. */
export interface TokenPassage {
  readonly doc: number;
  readonly start: number;
  end: number;
  weight: number;
  /** The component it came from, when components are folded together. */
  from?: number;
}

/** Tokens between two pieces of one copy that still count as touching. */
export const TOUCH = 3;

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
  return mergePassages(
    members.map((n) => ({
      doc: nodes.doc[n] ?? 0,
      start: nodes.start[n] ?? 0,
      end: nodes.end[n] ?? 0,
      weight: 1,
    })),
    minTokens,
  );
}

/**
 * Merge one component's passages per document (see SAME_COPY) and drop the too short. Pieces
 * tagged with different `from` components that touch are joined too (folded fragments).
 */
export function mergePassages(
  passages: readonly TokenPassage[],
  minTokens: number,
): TokenPassage[] {
  const sorted = [...passages].sort((x, y) => x.doc - y.doc || x.start - y.start || y.end - x.end);
  const out: TokenPassage[] = [];
  let cur: TokenPassage | undefined;
  for (const p of sorted) {
    const joins = cur?.from !== undefined && cur.from !== p.from && p.start < cur.end;
    if (cur && cur.doc === p.doc && joins) {
      // Pieces of one copy found through different components: one passage.
      cur.end = Math.max(cur.end, p.end);
      cur.weight += p.weight;
      continue;
    }
    if (cur && cur.doc === p.doc && p.start < cur.end) {
      const overlap = Math.min(cur.end, p.end) - p.start;
      const shorter = Math.min(cur.end - cur.start, p.end - p.start);
      if (overlap >= SAME_COPY * shorter) {
        cur.end = Math.max(cur.end, p.end);
        cur.weight += p.weight;
        continue;
      }
      cur.end = p.start;
    }
    if (cur && cur.end - cur.start >= minTokens) out.push(cur);
    cur = { ...p };
  }
  if (cur && cur.end - cur.start >= minTokens) out.push(cur);
  return out;
}
