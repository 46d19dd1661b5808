import type { Cluster, ClusterPassage } from '../core/model';

/**
 * Passages of one cluster the scan sends to the page and the archive stores. One sentence
 * repeated through a 5 MB text is one cluster of ~116,000 passages: sent and stored whole it
 * cost the page one task of ~420 ms (cloning it in, and again into IndexedDB), and nobody reads
 * past the first thousand copies of one sentence. The cluster's `size` still counts them all.
 */
export const CLUSTER_PASSAGE_LIMIT = 1_000;

/** A cluster as the scan sends it: at most `limit` passages listed, with what the rest adds up to. */
export interface ListedCluster extends Cluster {
  /** Distinct articles among all the passages, listed or not. */
  readonly articles: number;
}

/**
 * The clusters with each one's passages cut to the first `limit` in date order (so the likely
 * origin stays), the representative kept too when it falls past them; `representative` and
 * `origin` index the list sent. Other fields (size, sources, similarity, dates) describe the
 * whole cluster, as the engine computed them.
 */
export function listClusters(
  clusters: readonly Cluster[],
  limit = CLUSTER_PASSAGE_LIMIT,
): ListedCluster[] {
  return clusters.map((cluster) => {
    const articles = new Set(cluster.passages.map((p) => p.doc)).size;
    if (cluster.passages.length <= limit) return { ...cluster, articles };
    const keep = new Set<number>();
    for (let i = 0; i < limit; i++) keep.add(i);
    keep.add(cluster.representative);
    keep.add(cluster.origin);
    const order = [...keep].sort((x, y) => x - y);
    const passages: ClusterPassage[] = order.flatMap((i) => {
      const p = cluster.passages[i];
      return p ? [p] : [];
    });
    return {
      ...cluster,
      passages,
      representative: order.indexOf(cluster.representative),
      origin: order.indexOf(cluster.origin),
      articles,
    };
  });
}
