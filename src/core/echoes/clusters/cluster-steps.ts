import { chainSeeds } from '../chain';
import type { Fingerprints } from '../fingerprint';
import { groupSeeds } from '../group-seeds';
import type { ResolvedEchoOptions } from '../options';
import { passingRegions } from '../pair-echoes';
import type { PairProgress } from '../scan-steps';
import { LONE_SEED_MAX_DF } from '../scan-steps';
import { SeedList } from '../seeds';
import type { SortedMarks } from '../sorted-marks';
import { buildClusters } from './build-clusters';
import { clampTandem } from './clamp-tandem';
import { flatHashes } from './flat-hashes';
import type { DocTable, RankedCluster } from './cluster-result';
import { PassageNodes } from './passage-nodes';
import { REACH, dropHopelessLoneSeeds, pairsWorthExtending } from './lone-seeds';
import { collectStarSeeds } from './star-seeds';
import { canonicalOrder, ranksOf, recentreSeeds, reorderTable } from './canonical-order';

/**
 * The archive-wide cluster search as a generator that yields its progress between document
 * pairs (like scanSteps). Documents are numbered by content first, so that the clusters do not
 * depend on the order they were added in (canonical-order.ts). Star seeds (one centre per posting list) give linearly many candidate
 * pairs (`marks` may be those seeds already, made with `within` on); each pair's seeds are chained and aligned once, and every aligned passage becomes a
 * node; clusters are the connected components, each copy aligned once to a representative.
 */
export function* clusterSteps(
  added: DocTable,
  marks: SortedMarks | SeedList,
  options: ResolvedEchoOptions,
  onPairFailed?: (a: number, b: number, error: unknown) => void,
): Generator<PairProgress, RankedCluster[]> {
  // The CLI's archive hands over its seeds made already (WasmMarks.starSeeds), not its marks;
  // made with `within` on, so that every run lists all its entries for re-centring.
  const given = marks instanceof SeedList ? marks : collectStarSeeds(marks, true);
  // From here on documents are numbered by content, not as added (canonical-order.ts).
  const order = canonicalOrder(added.ids, added.fps);
  const seeds = recentreSeeds(given, ranksOf(order), options.within);
  const table = reorderTable(added, order);
  // The words of every document by one typed-array read, built once for both lone-seed checks.
  const flat = flatHashes(table.fps, table.loneSeeds);
  dropHopelessLoneSeeds(seeds, flat, LONE_SEED_MAX_DF, options.minWords);
  const groups = groupSeeds(seeds, LONE_SEED_MAX_DF);
  const total = groups.bounds.length - 1;
  const worth = pairsWorthExtending(groups, flat, options.minWords);
  const nodes = new PassageNodes();
  for (let g = 0; g < total; g++) {
    const from = groups.bounds[g] ?? 0;
    const to = groups.bounds[g + 1] ?? 0;
    const da = groups.docA[from] ?? 0;
    const db = groups.docB[from] ?? 0;
    const fa: Fingerprints | undefined = table.fps[da];
    const fb: Fingerprints | undefined = table.fps[db];
    try {
      if (fa && fb && worth[g] === 1) {
        const chains = chainSeeds(groups.posA, groups.posB, from, to);
        const regions = passingRegions(fa, fb, da === db, chains, options, REACH).map(
          (p) => p.region,
        );
        if (da === db) clampTandem(regions);
        for (const r of regions) nodes.addPair(da, r.a0, r.a1, db, r.b0, r.b1);
      }
    } catch (error) {
      // One pair that cannot be aligned (an engine bug on odd input, data damaged past the
      // index's checks) must not cost the archive its scan: the caller hears which pair; its
      // passages are left out and the scan goes on.
      if (!onPairFailed) throw error;
      onPairFailed(order[da] ?? da, order[db] ?? db, error);
    }
    if ((g & 255) === 255 || g + 1 === total) yield { done: g + 1, total };
  }
  return buildClusters(nodes, table, options);
}
