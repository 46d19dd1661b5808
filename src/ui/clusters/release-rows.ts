import type { ClusterPassageRecord, ClusterRecord } from '../../db/cluster-records';
import type { Release } from '../../core/releases/group-releases';
import { NumberedReleases, releaseNumbers } from '../../core/releases/numbered-releases';
import { summariseRelease, type ReleaseSummary } from '../../core/releases/release-summary';
import { datedBy, firstWordsOf, passageWhen } from './cluster-words';

/** One row of the releases list: a story reprinted, its clusters and its printings. */
export interface ReleaseRow {
  /** Stable across renders of one scan: its first cluster's id. */
  readonly id: string;
  /** Its clusters in the text order of its fullest printing. */
  readonly clusters: readonly ClusterRecord[];
  readonly summary: ReleaseSummary;
  /** Each printing's passage record (its date, source and which date it is). */
  readonly dated: ReadonlyMap<string, ClusterPassageRecord>;
}

/**
 * The clusters as releases (core/releases; boilerplate in none), most printings first, then the
 * earliest, in one go: for short lists and tests. Long lists go through release-client.ts.
 */
export function releaseRows(clusters: readonly ClusterRecord[]): ReleaseRow[] {
  const dated = new Map<string, ClusterPassageRecord>();
  addDates(clusters, 0, clusters.length, dated);
  const numbers = releaseNumbers(clusters);
  const gathered = new NumberedReleases(clusters);
  gathered.add(0, clusters.length, (index) => numbers[index]);
  return sortRows([...gathered.releases()].map((release) => rowOf(clusters, release, dated)));
}

/** Notes each article's first listed copy (its date and source) of clusters `from` to `to`. */
export function addDates(
  clusters: readonly ClusterRecord[],
  from: number,
  to: number,
  dated: Map<string, ClusterPassageRecord>,
): void {
  for (const c of clusters.slice(from, to))
    for (const p of c.passages) if (!dated.has(p.doc)) dated.set(p.doc, p);
}

/** One release's row: its clusters, printings dated and named. Linear in its printings. */
export function rowOf(
  clusters: readonly ClusterRecord[],
  release: Release,
  dated: ReadonlyMap<string, ClusterPassageRecord>,
): ReleaseRow {
  const when = (doc: string) => {
    const p = dated.get(doc);
    return p ? { ...passageWhen(p), doc } : { at: NaN, source: '', doc };
  };
  const members = release.clusters.flatMap((i) => clusters[i] ?? []);
  const summary = summariseRelease(release, when);
  const own = new Map(
    summary.printings.flatMap((p) => dated.get(p.doc) ?? []).map((p) => [p.doc, p]),
  );
  return { id: members[0]?.id ?? '', clusters: members, summary, dated: own };
}

/** Most printings first, then the earliest first printing. */
export function sortRows(rows: ReleaseRow[]): ReleaseRow[] {
  const firstAt = (r: ReleaseRow) => r.summary.first?.at ?? Infinity;
  return rows.sort(
    (x, y) => y.summary.printings.length - x.summary.printings.length || firstAt(x) - firstAt(y),
  );
}

const plural = (n: number, one: string, many: string): string =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * "Story reprinted: 10 passages in 60 articles from 58 sources, first on 2 Mar 2026 by Daily
 * Ledger" — a release's headline, its first printers by the one rule the clusters use.
 */
export function describeRelease(row: ReleaseRow): string {
  const { summary } = row;
  const first = summary.first;
  const names = (first?.first ?? []).map((p) =>
    first && first.first.length > 1 && !p.when.source
      ? 'an article of unknown source'
      : p.when.source,
  );
  const origin = first?.first[0];
  const record = origin && row.dated.get(origin.doc);
  const when = first && origin && record ? `, ${firstWordsOf(first, names, datedBy(record))}` : '';
  if (summary.printings.length < 2)
    return `Repeated within one article: ${plural(summary.passages, 'passage', 'passages')}`;
  const what = summary.passages > 1 ? 'Story reprinted' : 'Passage reprinted';
  return `${what}: ${plural(summary.passages, 'passage', 'passages')} in ${plural(summary.printings.length, 'article', 'articles')} from ${plural(summary.sources, 'source', 'sources')}${when}`;
}
