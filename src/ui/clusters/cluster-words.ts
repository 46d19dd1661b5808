import type { ClusterRecord } from '../../db/cluster-records';

/** A date as the lists show it ("12 Mar 2026"); import dates say so. */
export function formatClusterDate(epoch: number, imported = false): string {
  if (!Number.isFinite(epoch)) return 'an unknown date';
  const text = new Date(epoch).toLocaleDateString('en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return imported ? `${text} (imported)` : text;
}

const plural = (n: number, one: string, many: string): string =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "5 copies in 3 sources, first on 2 Mar 2026 by Daily Ledger" — a cluster's row headline. */
export function describeCluster(cluster: ClusterRecord): string {
  const origin = cluster.passages[cluster.origin];
  const where =
    cluster.kind === 'within'
      ? 'in one article'
      : `in ${plural(cluster.sources, 'source', 'sources')}`;
  const first = origin
    ? `, first on ${formatClusterDate(origin.date, origin.imported)}${origin.source ? ` by ${origin.source}` : ''}`
    : '';
  return `${plural(cluster.size, 'copy', 'copies')} ${where}${first}`;
}
