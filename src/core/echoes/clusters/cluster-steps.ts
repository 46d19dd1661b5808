import { chainSeeds } from '../chain';
import type { Fingerprints } from '../fingerprint';
import { groupSeeds } from '../group-seeds';
import type { ResolvedEchoOptions } from '../options';
import { passingRegions } from '../pair-echoes';
import type { PairProgress } from '../scan-steps';
import { LONE_SEED_MAX_DF, worthExtending } from '../scan-steps';
import type { SortedMarks } from '../sorted-marks';
import { buildClusters } from './build-clusters';
import { clampTandem } from './clamp-tandem';
import type { DocTable, RankedCluster } from './cluster-result';
import { PassageNodes } from './passage-nodes';
import { collectStarSeeds } from './star-seeds';

/**
 * How far, in tokens, an alignment may run past its outermost shared marks. Winnowing guarantees
 * a shared mark in every exact run of w + k − 1 = 7 tokens, so a copy rarely ends further than
 * that past its seeds (plus an edit or two); a longer reach only lets back-to-back copies run into
 * each other, and costs time on degenerate text (one word repeated) where every alignment could
 * run to the end.
 */
const REACH = 8;

/**
 * The archive-wide cluster search as a generator that yields its progress between document
 * pairs (like scanSteps). Star seeds (one centre per posting list) give linearly many candidate
 * pairs; each pair's seeds are chained and aligned once, and every aligned passage becomes a
 * node; clusters are the connected components, each copy aligned once to a representative.
 */
export function* clusterSteps(
  table: DocTable,
  marks: SortedMarks,
  options: ResolvedEchoOptions,
): Generator<PairProgress, RankedCluster[]> {
  const groups = groupSeeds(collectStarSeeds(marks, options.within), LONE_SEED_MAX_DF);
  const total = groups.bounds.length - 1;
  const nodes = new PassageNodes();
  for (let g = 0; g < total; g++) {
    const from = groups.bounds[g] ?? 0;
    const to = groups.bounds[g + 1] ?? 0;
    const da = groups.docA[from] ?? 0;
    const db = groups.docB[from] ?? 0;
    const fa: Fingerprints | undefined = table.fps[da];
    const fb: Fingerprints | undefined = table.fps[db];
    if (fa && fb && worthExtending(groups, from, to, fa, fb)) {
      const chains = chainSeeds(groups.posA, groups.posB, from, to);
      const regions = passingRegions(fa, fb, da === db, chains, options, REACH).map(
        (p) => p.region,
      );
      if (da === db) clampTandem(regions);
      for (const r of regions) nodes.addPair(da, r.a0, r.a1, db, r.b0, r.b1);
    }
    if ((g & 255) === 255 || g + 1 === total) yield { done: g + 1, total };
  }
  return buildClusters(nodes, table, options);
}
