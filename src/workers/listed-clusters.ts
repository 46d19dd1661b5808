import type { Cluster, ClusterPassage } from '../core/model';

/**
 * Passages of one cluster the scan sends to the page and the archive stores. One sentence
 * repeated through a 5 MB text is one cluster of ~116,000 passages: sent and stored whole it
 * cost the page one task of ~420 ms (cloning it in, and again into IndexedDB), and nobody reads
 * past the first thousand copies of one sentence. The cluster's `size` still counts them all.
 */
export const CLUSTER_PASSAGE_LIMIT = 1_000;

/**
 * A cluster as the scan sends it: its first `limit` passages and one of each other article listed,
 * with what the rest adds up to.
 */
export interface ListedCluster extends Cluster {
  /** Distinct articles among all the passages, listed or not. */
  readonly articles: number;
}

/**
 * The clusters with each one's passages cut to the first `limit` in date order (so the likely
 * origin stays) plus the first of each article not among them, the representative kept too when
 * it falls past them; `representative` and
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
    // Past the limit, each article's first copy still: the reader and the cluster view find an
    // article's cluster by its passages, and a later reprint of a paragraph printed by more than
    // a thousand papers must not read as repeated nowhere. The list then grows with the
    // articles, not with one article's copies (the 5 MB text of one sentence).
    const listed = new Set<string>();
    cluster.passages.forEach((p, i) => {
      if (i < limit || !listed.has(p.doc)) keep.add(i);
      listed.add(p.doc);
    });
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
