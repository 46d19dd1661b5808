import { radixSortPairs } from '../radix-sort';
import type { PassageNodes } from './passage-nodes';
import type { UnionFind } from './union-find';

/** Share of a node that must lie inside a longer node of its document to count as inside it. */
const INSIDE = 0.8;
/** Share of a component's nodes that must lie inside another's for it to be folded into that one. */
const FOLD = 0.9;

/**
 * Fold a component into another when (nearly) every one of its nodes lies inside a node of that
 * other one in the same document: it is a fragment of the same copies, found by a document pair
 * that shares only part of the passage's marks (the rest went to another centre). A component
 * with a node outside (a paper that printed only one paragraph of a press release) stays its own.
 * Two sweeps per document (by start, then by end backwards) compare each node with the
 * furthest-reaching node of another component seen so far.
 */
export function foldContained(nodes: PassageNodes, sets: UnionFind, byStart: Uint32Array): void {
  const n = nodes.count;
  const inside = new Int32Array(n).fill(-1);
  sweepInside(nodes, sets, byStart, inside, (x) => nodes.end[x] ?? 0);
  const keys = new Uint32Array(n);
  let byEnd: Uint32Array = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    byEnd[i] = i;
    keys[i] = 0xffffffff - (nodes.end[i] ?? 0);
  }
  byEnd = radixSortPairs(keys, byEnd).values;
  const docKeys = new Uint32Array(n);
  for (let i = 0; i < n; i++) docKeys[i] = nodes.doc[byEnd[i] ?? 0] ?? 0;
  byEnd = radixSortPairs(docKeys, byEnd).values;
  sweepInside(nodes, sets, byEnd, inside, (x) => -(nodes.start[x] ?? 0));
  const total = new Map<number, number>();
  const folded = new Map<number, number>();
  const target = new Map<number, number>();
  for (let x = 0; x < n; x++) {
    const root = sets.find(x);
    total.set(root, (total.get(root) ?? 0) + 1);
    const host = inside[x] ?? -1;
    if (host < 0) continue;
    folded.set(root, (folded.get(root) ?? 0) + 1);
    target.set(root, host);
  }
  for (const [root, count] of folded) {
    const host = target.get(root);
    if (host !== undefined && count >= FOLD * (total.get(root) ?? 0)) sets.union(root, host);
  }
}

/**
 * One sweep over nodes in `order` (grouped by document): each node is compared with the node
 * that reaches furthest (by `reachOf`) among those before it, or the furthest of another
 * component when that one is its own; the shorter of an overlapping pair is marked inside.
 */
function sweepInside(
  nodes: PassageNodes,
  sets: UnionFind,
  order: Uint32Array,
  inside: Int32Array,
  reachOf: (x: number) => number,
): void {
  let best = -1;
  let second = -1;
  for (let i = 0; i < order.length; i++) {
    const x = order[i] ?? 0;
    if (best >= 0 && nodes.doc[best] !== nodes.doc[x]) best = second = -1;
    const rx = sets.find(x);
    const other = best >= 0 && sets.find(best) !== rx ? best : second;
    if (other >= 0) markInside(nodes, inside, x, other);
    if (best < 0 || reachOf(x) > reachOf(best)) {
      if (best >= 0 && sets.find(best) !== rx) second = best;
      best = x;
    } else if (sets.find(best) !== rx && (second < 0 || reachOf(x) > reachOf(second))) second = x;
  }
}

function markInside(nodes: PassageNodes, inside: Int32Array, x: number, y: number): void {
  const x0 = nodes.start[x] ?? 0;
  const x1 = nodes.end[x] ?? 0;
  const y0 = nodes.start[y] ?? 0;
  const y1 = nodes.end[y] ?? 0;
  const overlap = Math.min(x1, y1) - Math.max(x0, y0);
  if (overlap <= 0 || overlap < INSIDE * Math.min(x1 - x0, y1 - y0)) return;
  if (x1 - x0 <= y1 - y0) inside[x] = y;
  else inside[y] = x;
}
