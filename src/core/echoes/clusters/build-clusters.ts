import { componentPassages } from './component-passages';
import { type DocTable, type RankedCluster, toCluster } from './cluster-result';
import { groupComponents } from './group-components';
import type { PassageNodes } from './passage-nodes';
import { pickCopies } from './pick-copies';

/** Thresholds clusters are built with. */
export interface ClusterThresholds {
  readonly minWords: number;
  readonly minSimilarity: number;
}

/**
 * Clusters from aligned passage nodes: connected components (alignments and same-document
 * overlaps, union-find), each component's passages, then each passage aligned once to a
 * representative. Components left with fewer than two passages are dropped.
 */
export function buildClusters(
  nodes: PassageNodes,
  table: DocTable,
  thresholds: ClusterThresholds,
): RankedCluster[] {
  const found: RankedCluster[] = [];
  for (const members of groupComponents(nodes)) {
    if (members.length < 2) continue;
    const passages = componentPassages(nodes, members, thresholds.minWords);
    if (passages.length < 2) continue;
    const groups = pickCopies(passages, table.fps, thresholds.minSimilarity, thresholds.minWords);
    for (const group of groups) found.push(toCluster(group, table));
  }
  return found;
}
