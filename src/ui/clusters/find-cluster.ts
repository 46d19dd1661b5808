import type { Passage } from '../../core/model';
import type { ClusterRecord } from '../../db/cluster-records';
import { SpanIndex } from './span-index';

/** The cluster with a passage in `at`'s article overlapping it most (none when nothing overlaps). */
export function findClusterAt(
  clusters: readonly ClusterRecord[],
  at: Passage,
): ClusterRecord | undefined {
  let best: ClusterRecord | undefined;
  let most = 0;
  for (const cluster of clusters)
    for (const p of cluster.passages) {
      if (p.doc !== at.doc) continue;
      const overlap = Math.min(p.end, at.end) - Math.max(p.start, at.start);
      if (overlap > most) {
        most = overlap;
        best = cluster;
      }
    }
  return best;
}

/**
 * findClusterAt for many questions about a few articles: the clusters' passages in `docs` are
 * indexed once, so each question costs the passages it overlaps, not every passage stored. The
 * same answer as findClusterAt, ties included (the first cluster, then passage, in stored order).
 */
export function clusterLocator(
  clusters: readonly ClusterRecord[],
  docs: ReadonlySet<string>,
): (at: Passage) => ClusterRecord | undefined {
  type Entry = { start: number; end: number; cluster: ClusterRecord; order: number };
  const byDoc = new Map<string, Entry[]>();
  let order = 0;
  for (const cluster of clusters)
    for (const p of cluster.passages) {
      order++;
      if (!docs.has(p.doc)) continue;
      const entries = byDoc.get(p.doc) ?? [];
      if (entries.length === 0) byDoc.set(p.doc, entries);
      entries.push({ start: p.start, end: p.end, cluster, order });
    }
  const indexes = new Map([...byDoc].map(([doc, entries]) => [doc, new SpanIndex(entries)]));
  return (at) => {
    let best: Entry | undefined;
    let most = 0;
    indexes.get(at.doc)?.forEachOverlapping(at.start, at.end, (entry) => {
      const overlap = Math.min(entry.end, at.end) - Math.max(entry.start, at.start);
      if (overlap > most || (overlap === most && best && entry.order < best.order)) {
        most = overlap;
        best = entry;
      }
    });
    return best?.cluster;
  };
}
