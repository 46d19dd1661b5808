import type { Passage } from '../../core/model';
import type { ClusterRecord } from '../../db/cluster-records';

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
