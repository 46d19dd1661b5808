import type { Echo, Passage } from '../../core/model';
import type { ClusterRecord } from '../../db/cluster-records';
import { clusterLocator } from './find-cluster';
import { SpanIndex } from './span-index';

/** The cluster an echo of the open article belongs to: its number in the reader, its copies. */
export interface EchoCluster {
  /** 1, 2, … in the order the clusters first appear in the article's text. */
  readonly number: number;
  /** Every copy of the passage known: in this article and elsewhere. */
  readonly copies: number;
  /** The article's own first passage in the cluster (opens the cluster view). */
  readonly at: Passage;
}

/**
 * Two spans of one article that overlap over half the longer are the same copy. Measured on the
 * longer (as the engine's components are, group-components.ts): an echo with another paper that
 * reprinted two paragraphs back to back spans both, and measured on the shorter it was the same
 * copy as each paragraph's own, so every echo of both became one cluster in the reader.
 */
const sameCopy = (x: Passage, y: Passage): boolean =>
  x.doc === y.doc &&
  Math.min(x.end, y.end) - Math.max(x.start, y.start) >
    0.5 * Math.max(x.end - x.start, y.end - y.start);

/**
 * Each passage's copy: the first copy so far (in the order passages come) that it sameCopy-matches,
 * else a new copy of its own. Identical spans are answered from a map and the rest from an index
 * of the spans around them, so thousands of echoes of one article never compare all with all.
 */
function copiesOf(passages: readonly Passage[]): { copyOf: number[]; copies: Passage[] } {
  // One entry per distinct span: `copy` once it is a copy itself, `resolved` once its copy is known.
  type Entry = { readonly start: number; readonly end: number; readonly p: Passage } & {
    copy: number;
    resolved: number;
  };
  const distinct = new Map<string, Entry>();
  const entryOf = passages.map((p) => {
    const key = `${p.start}:${p.end}:${p.doc}`;
    let entry = distinct.get(key);
    if (!entry)
      distinct.set(key, (entry = { start: p.start, end: p.end, p, copy: -1, resolved: -1 }));
    return entry;
  });
  const byDoc = new Map<string, Entry[]>();
  for (const entry of distinct.values()) {
    const entries = byDoc.get(entry.p.doc) ?? [];
    if (entries.length === 0) byDoc.set(entry.p.doc, entries);
    entries.push(entry);
  }
  const indexes = new Map([...byDoc].map(([doc, entries]) => [doc, new SpanIndex(entries)]));
  const copies: Passage[] = [];
  const copyOf = entryOf.map((own) => {
    if (own.resolved >= 0) return own.resolved;
    const p = own.p;
    let first = -1;
    indexes.get(p.doc)?.forEachOverlapping(p.start, p.end, (entry) => {
      if (entry.copy >= 0 && (first < 0 || entry.copy < first) && sameCopy(entry.p, p))
        first = entry.copy;
    });
    if (first < 0) {
      first = own.copy = copies.length;
      copies.push(p);
    }
    return (own.resolved = first);
  });
  return { copyOf, copies };
}

/**
 * Groups the open article's echoes (pairs) into clusters: echoes that share a copy are one
 * cluster. Copies are counted from `stored` (the archive-wide scan) when it knows the passage,
 * else from the echoes themselves. Returns one entry per echo, by echo index. Near-linear in the
 * echoes and the stored passages (an article with thousands of echoes opens in the reader).
 */
export function articleClusters(
  echoes: readonly Echo[],
  docId: string,
  stored: readonly ClusterRecord[] = [],
): EchoCluster[] {
  const { copyOf, copies } = copiesOf(echoes.flatMap((echo) => [echo.a, echo.b]));
  const parent = copies.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const ends = echoes.map((_, e) => [copyOf[2 * e] ?? 0, copyOf[2 * e + 1] ?? 0] as const);
  for (const [a, b] of ends) parent[find(a)] = find(b);
  const own = new Map<number, Passage>();
  const counted = new Map<number, number>();
  copies.forEach((p, i) => {
    const root = find(i);
    counted.set(root, (counted.get(root) ?? 0) + 1);
    const first = own.get(root);
    if (p.doc === docId && (!first || p.start < first.start)) own.set(root, p);
  });
  const numbers = new Map(
    [...own].sort((x, y) => x[1].start - y[1].start).map(([root], i) => [root, i + 1]),
  );
  const atOf = (root: number, a: number): Passage =>
    own.get(root) ?? copies[a] ?? { doc: docId, start: 0, end: 0 };
  const locate = clusterLocator(stored, new Set(ends.map(([a]) => atOf(find(a), a).doc)));
  const known = new Map<number, number | undefined>();
  return ends.map(([a]) => {
    const root = find(a);
    const at = atOf(root, a);
    if (!own.has(root) || !known.has(root)) known.set(root, locate(at)?.size);
    return {
      number: numbers.get(root) ?? 0,
      copies: known.get(root) ?? counted.get(root) ?? 0,
      at,
    };
  });
}
