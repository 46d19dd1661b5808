import type { EchoKind } from '../../core/model';
import type { ClusterRecord } from '../../db/cluster-records';
import { publisherNames } from '../../core/sources/publisher';
import { wholePercent } from '../common/percent';

/** What the cluster list shows. Empty strings and zeros do not filter. */
export interface ClusterFilters {
  readonly kind: EchoKind | '';
  /** Only clusters with a passage from this source's publisher (however the passage names it). */
  readonly source: string;
  /** Inclusive ISO dates (`YYYY-MM-DD`): only clusters with a passage dated in the range. */
  readonly from: string;
  readonly to: string;
  readonly minCopies: number;
  /** Lowest mean similarity to the representative, in per cent. */
  readonly minSimilarity: number;
  /** Show clusters labelled boilerplate (a site's own footer); hidden by default. */
  readonly showBoilerplate: boolean;
}

/** How the cluster list is ordered. */
export type ClusterSort = 'copies' | 'strength' | 'earliest';

/** Sort orders with their labels, in menu order. */
export const clusterSortLabels: { readonly [K in ClusterSort]: string } = {
  copies: 'Most copies',
  strength: 'Strongest',
  earliest: 'Earliest first printing',
};

/** The list as it opens: every kind, two copies or more, boilerplate hidden, most copies first. */
export const defaultClusterFilters: ClusterFilters = {
  kind: '',
  source: '',
  from: '',
  to: '',
  minCopies: 2,
  minSimilarity: 0,
  showBoilerplate: false,
};

const day = (epoch: number): string => new Date(epoch).toISOString().slice(0, 10);

/**
 * True when the cluster passes every filter that is set. `keyOf` gives each source's publisher
 * key, from the sources the filter's list was made of (see clusterSources); by name alone without.
 */
export function matchesClusterFilters(
  cluster: ClusterRecord,
  filters: ClusterFilters,
  keyOf: (source: string) => string = (source) => source,
): boolean {
  if (cluster.boilerplate && !filters.showBoilerplate) return false;
  if (filters.kind && cluster.kind !== filters.kind) return false;
  if (cluster.size < filters.minCopies) return false;
  if (wholePercent(cluster.similarity) < filters.minSimilarity) return false;
  const wanted = filters.source && keyOf(filters.source);
  if (wanted && !cluster.passages.some((p) => keyOf(p.source) === wanted)) return false;
  if (filters.from || filters.to) {
    const inRange = cluster.passages.some((p) => {
      const date = day(p.date);
      return (!filters.from || date >= filters.from) && (!filters.to || date <= filters.to);
    });
    if (!inRange) return false;
  }
  return true;
}

/** Words over all copies: a long passage printed often beats a short one printed as often. */
const strength = (c: ClusterRecord): number => c.words * c.size * c.similarity;
const earliest = (c: ClusterRecord): number => c.passages[c.origin]?.date ?? Infinity;

const orders: { readonly [K in ClusterSort]: (x: ClusterRecord, y: ClusterRecord) => number } = {
  copies: (x, y) => y.size - x.size || y.sources - x.sources || strength(y) - strength(x),
  strength: (x, y) => strength(y) - strength(x) || y.size - x.size,
  earliest: (x, y) => earliest(x) - earliest(y) || y.size - x.size,
};

/** The clusters that pass the filters, in the chosen order (a new array). */
export function selectClusters(
  clusters: readonly ClusterRecord[],
  filters: ClusterFilters,
  sort: ClusterSort,
): ClusterRecord[] {
  const { keyOf } = filters.source ? publishersOf(clusters) : { keyOf: undefined };
  return clusters.filter((c) => matchesClusterFilters(c, filters, keyOf)).sort(orders[sort]);
}

const publishersOf = (clusters: readonly ClusterRecord[]) =>
  publisherNames(clusters.flatMap((c) => c.passages.map((p) => p.source)));

/** Every publisher named in the clusters, each under one name, A–Z, for the source filter. */
export function clusterSources(clusters: readonly ClusterRecord[]): string[] {
  return publishersOf(clusters).names;
}
