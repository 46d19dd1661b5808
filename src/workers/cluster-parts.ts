import type { ArticleReuse } from './reuse-shares';
import type { ListedCluster } from './listed-clusters';

/**
 * A clusters scan's answer in parts. Posted as one message, every cluster and reuse row was
 * deserialised on the page in one task (0.58 s at 30,000 articles, the page's longest after
 * the scan); the worker posts all but the last part ahead of its answer, each read in its own task.
 */
export interface ClustersPart {
  readonly clusters: readonly ListedCluster[];
  readonly reuse: readonly ArticleReuse[];
}

/** Copies (cluster passages, reuse rows) per part: a few milliseconds to read on the page. */
export const PART_WEIGHT = 5_000;

/** The answer cut into parts of about `weight` copies each, in order; at least one (the last). */
export function clusterParts(
  clusters: readonly ListedCluster[],
  reuse: readonly ArticleReuse[],
  weight = PART_WEIGHT,
): ClustersPart[] {
  const parts: ClustersPart[] = [];
  let part: { clusters: ListedCluster[]; reuse: ArticleReuse[] } = { clusters: [], reuse: [] };
  let spent = 0;
  const room = (): void => {
    if (spent < weight) return;
    parts.push(part);
    part = { clusters: [], reuse: [] };
    spent = 0;
  };
  for (const cluster of clusters) {
    room();
    part.clusters.push(cluster);
    spent += cluster.passages.length + 1;
  }
  for (const row of reuse) {
    room();
    part.reuse.push(row);
    spent += row.partners.length + 1;
  }
  parts.push(part);
  return parts;
}

/** The parts put back together, in order (the page's side of clusterParts). */
export function joinClusterParts(parts: readonly ClustersPart[]): ClustersPart {
  const clusters: ListedCluster[] = [];
  const reuse: ArticleReuse[] = [];
  for (const part of parts) {
    for (const c of part.clusters) clusters.push(c);
    for (const r of part.reuse) reuse.push(r);
  }
  return { clusters, reuse };
}
