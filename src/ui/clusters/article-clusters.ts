import type { Echo, Passage } from '../../core/model';
import type { ClusterRecord } from '../../db/cluster-records';
import { findClusterAt } from './find-cluster';

/** The cluster an echo of the open article belongs to: its number in the reader, its copies. */
export interface EchoCluster {
  /** 1, 2, … in the order the clusters first appear in the article's text. */
  readonly number: number;
  /** Every copy of the passage known: in this article and elsewhere. */
  readonly copies: number;
  /** The article's own first passage in the cluster (opens the cluster view). */
  readonly at: Passage;
}

/** Two spans of one article that mostly overlap are the same copy. */
const sameCopy = (x: Passage, y: Passage): boolean =>
  x.doc === y.doc &&
  Math.min(x.end, y.end) - Math.max(x.start, y.start) >
    0.5 * Math.min(x.end - x.start, y.end - y.start);

/**
 * Groups the open article's echoes (pairs) into clusters: echoes that share a copy are one
 * cluster. Copies are counted from `stored` (the archive-wide scan) when it knows the passage,
 * else from the echoes themselves. Returns one entry per echo, by echo index.
 */
export function articleClusters(
  echoes: readonly Echo[],
  docId: string,
  stored: readonly ClusterRecord[] = [],
): EchoCluster[] {
  const copies: Passage[] = [];
  const parent: number[] = [];
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const copyOf = (p: Passage): number => {
    const found = copies.findIndex((c) => sameCopy(c, p));
    if (found >= 0) return found;
    copies.push(p);
    parent.push(parent.length);
    return copies.length - 1;
  };
  const ends = echoes.map((echo) => [copyOf(echo.a), copyOf(echo.b)] as const);
  for (const [a, b] of ends) parent[find(a)] = find(b);
  const own = new Map<number, Passage>();
  copies.forEach((p, i) => {
    const root = find(i);
    const first = own.get(root);
    if (p.doc === docId && (!first || p.start < first.start)) own.set(root, p);
  });
  const order = [...own].sort((x, y) => x[1].start - y[1].start).map(([root]) => root);
  return ends.map(([a]) => {
    const root = find(a);
    const at = own.get(root) ?? copies[a] ?? { doc: docId, start: 0, end: 0 };
    const known = findClusterAt(stored, at)?.size;
    const counted = copies.filter((_, i) => find(i) === root).length;
    return { number: order.indexOf(root) + 1, copies: known ?? counted, at };
  });
}
