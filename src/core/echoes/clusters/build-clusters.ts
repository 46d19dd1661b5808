import { componentPassages, mergePassages } from './component-passages';
import { foldContained } from './fold-contained';
import { type DocTable, type RankedCluster, toCluster } from './cluster-result';
import { groupComponents } from './group-components';
import type { PassageNodes } from './passage-nodes';
import { type CopyGroup, pickCopies } from './pick-copies';
import { adoptPieces } from './adopt-pieces';
import { cutAtSeams } from './cut-at-seams';
import { wordsIn } from '../../text/words-per-token';

/** Thresholds clusters are built with. */
export interface ClusterThresholds {
  readonly minWords: number;
  readonly minSimilarity: number;
}

/**
 * Clusters from aligned passage nodes: connected components (alignments and same-document
 * overlaps, union-find), each component's passages, fragments folded into the component whose
 * copies contain them, then each passage aligned once to a representative, and clusters of
 * pieces adopted by the cluster whose copies they are pieces of. Components left with fewer than
 * two passages are dropped.
 */
export function buildClusters(
  nodes: PassageNodes,
  table: DocTable,
  thresholds: ClusterThresholds,
): RankedCluster[] {
  const cut = cutAtSeams(nodes, table.fps, thresholds);
  const components = groupComponents(cut)
    .filter((members) => members.length >= 2)
    .map((members) => componentPassages(cut, members, 1));
  const groups: CopyGroup[] = [];
  for (const group of foldContained(components)) {
    const joined = group.flatMap((c) =>
      (components[c] ?? []).map((p) => (group.length > 1 ? { ...p, from: c } : p)),
    );
    const passages = group.length === 1 ? joined : mergePassages(joined, 1);
    const kept = passages.filter(
      (p) => wordsIn(p.end - p.start, table.fps[p.doc]?.tokensPerWord) >= thresholds.minWords,
    );
    if (kept.length < 2) continue;
    for (const g of pickCopies(kept, table.fps, thresholds.minSimilarity, thresholds.minWords))
      groups.push(g);
  }
  return adoptPieces(groups, table.fps, thresholds).map((g) => toCluster(g, table));
}
