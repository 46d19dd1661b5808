import { radixSortPairs } from '../radix-sort';
import type { PassageNodes } from './passage-nodes';
import { UnionFind } from './union-find';

/**
 * Share of the longer of two ranges of one document that must overlap for the ranges to join one
 * component without an alignment between them: two alignments that found the same copy. Measured
 * on the longer range, so a short passage quoted inside a longer one starts its own cluster rather
 * than pulling every copy of the long one in.
 */
const SAME_RANGE = 0.5;

/**
 * Connected components of passage nodes: joined by their alignments and by overlapping one
 * another in one document. Returns each component's members (node numbers). Linear after the
 * sorts: the overlap sweep compares each node with the furthest-reaching node before it and with
 * the node just before it (by start, then the longer first). The second look is for a star's
 * centre: every paper that printed only a paragraph of a longer story is aligned with the same
 * range of the centre, inside the centre's long alignment with the full printings. Compared only
 * with that long node, which they overlap too little, the short ranges were never compared with
 * each other, and each paper's printing became a cluster of two with the centre (q18's wire
 * story: 11 such clusters of one paragraph).
 */
export function groupComponents(nodes: PassageNodes): number[][] {
  const n = nodes.count;
  const sets = new UnionFind(n);
  for (let e = 0; e < nodes.edges; e++) sets.union(nodes.edgeA[e] ?? 0, nodes.edgeB[e] ?? 0);
  let order: Uint32Array = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // By document, then start, then end descending (least significant key first; each sort is
  // stable): ranges equal to one another are next to each other.
  const keyed: ((i: number) => number)[] = [
    (i) => 0xffffffff - (nodes.end[i] ?? 0),
    (i) => nodes.start[i] ?? 0,
    (i) => nodes.doc[i] ?? 0,
  ];
  for (const key of keyed) {
    const keys = new Uint32Array(n);
    for (let i = 0; i < n; i++) keys[i] = key(order[i] ?? 0);
    order = radixSortPairs(keys, order).values;
  }
  let reach = -1;
  for (let i = 0; i < n; i++) {
    const x = order[i] ?? 0;
    if (reach >= 0 && nodes.doc[reach] === nodes.doc[x] && overlapsMostly(nodes, reach, x))
      sets.union(reach, x);
    const prev = i > 0 ? (order[i - 1] ?? 0) : -1;
    if (prev >= 0 && prev !== reach && nodes.doc[prev] === nodes.doc[x])
      if (overlapsMostly(nodes, prev, x)) sets.union(prev, x);
    if (
      reach < 0 ||
      nodes.doc[reach] !== nodes.doc[x] ||
      (nodes.end[x] ?? 0) > (nodes.end[reach] ?? 0)
    )
      reach = x;
  }
  const roots = new Uint32Array(n);
  const ids = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    roots[i] = sets.find(i);
    ids[i] = i;
  }
  const byRoot = radixSortPairs(roots, ids);
  const out: number[][] = [];
  for (let i = 0; i < n;) {
    let j = i;
    const members: number[] = [];
    while (j < n && byRoot.keys[j] === byRoot.keys[i]) members.push(byRoot.values[j++] ?? 0);
    out.push(members);
    i = j;
  }
  return out;
}

function overlapsMostly(nodes: PassageNodes, x: number, y: number): boolean {
  const x0 = nodes.start[x] ?? 0;
  const x1 = nodes.end[x] ?? 0;
  const y0 = nodes.start[y] ?? 0;
  const y1 = nodes.end[y] ?? 0;
  const overlap = Math.min(x1, y1) - Math.max(x0, y0);
  return overlap > 0 && overlap >= SAME_RANGE * Math.max(x1 - x0, y1 - y0);
}
