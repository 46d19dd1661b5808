import type { ClusterPassageRecord, ClusterRecord } from '../../db/cluster-records';
import { CLUSTER_PASSAGE_LIMIT } from '../../workers/listed-clusters';
import { countPublishers } from '../../core/sources/publisher';
import {
  firstPrinters,
  firstPrintersWords,
  statesTimeOfDay,
  type FirstPrinters,
} from '../../core/sources/first-printers';
import type { VersionPlace } from '../../core/versions/version-order';

// One formatter for every date: `toLocaleDateString` with options builds a new one per call,
// ~50 µs each, which added up to a quarter of a second over a wire story's thousands of copies.
const clusterDates = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

/** Which date a copy is dated by: true for its import (as stored passages say), else the kind. */
export type DatedBy = boolean | VersionPlace['by'];

/** A date as the lists show it ("12 Mar 2026"); import dates and pages' last changes say so. */
export function formatClusterDate(epoch: number, by: DatedBy = false): string {
  if (!Number.isFinite(epoch)) return 'an unknown date';
  const text = clusterDates.format(epoch);
  if (by === true || by === 'imported') return `${text} (imported)`;
  return by === 'modified' ? `${text} (last changed)` : text;
}

const clusterTimes = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});
const dayMs = 86_400_000;

/**
 * True when a date says the time of day: a publication or a page's last change not at midnight
 * UTC (a date given without a time is read as its midnight). An import's time says nothing of
 * the printing's, so it never counts.
 */
export const hasTimeOfDay = (epoch: number, by: DatedBy): boolean =>
  statesTimeOfDay(epoch, by === true || by === 'imported');

/**
 * Which dates a list should show with their time: those with one (hasTimeOfDay) that share
 * their UTC day with another date of the list, so same-day copies can be told apart in order.
 * A copy without a time on such a day keeps its date alone (a tie, as first-printers.ts names
 * it). Linear in the dates.
 */
export function timedDates(dates: readonly { date: number; by: DatedBy }[]): boolean[] {
  const perDay = new Map<number, number>();
  for (const { date } of dates)
    if (Number.isFinite(date)) {
      const day = Math.floor(date / dayMs);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
  return dates.map(
    ({ date, by }) => hasTimeOfDay(date, by) && (perDay.get(Math.floor(date / dayMs)) ?? 0) > 1,
  );
}

/** A date as the lists show it, with its time ("2 Mar 2026, 09:30 UTC") when `timed`. */
export function formatClusterWhen(epoch: number, by: DatedBy, timed: boolean): string {
  if (!timed) return formatClusterDate(epoch, by);
  const text = `${clusterDates.format(epoch)}, ${clusterTimes.format(epoch)} UTC`;
  return by === 'modified' ? `${text} (last changed)` : text;
}

/** What a stored copy's date is: its publication, its page's last change or its import. */
export const datedBy = (p: Pick<ClusterPassageRecord, 'imported' | 'modified'>): DatedBy =>
  p.imported ? 'imported' : p.modified ? 'modified' : 'published';

const plural = (n: number, one: string, many: string): string =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * Where the copies are: "in 3 sources". The engine counts an article with no known source as a
 * source of its own, so copies in 14 unnamed articles were "in 14 sources" above a list of
 * "Unknown source" rows; those are said as articles of unknown source instead.
 */
function spread(cluster: ClusterRecord): string {
  const known = new Set<string>();
  const unnamed = new Set<string>();
  for (const passage of cluster.passages)
    if (passage.source) known.add(passage.source);
    else unnamed.add(passage.doc);
  if (unnamed.size === 0) return `in ${plural(cluster.sources, 'source', 'sources')}`;
  const articles = `${plural(unnamed.size, 'article', 'articles')} of unknown source`;
  return known.size === 0
    ? `in ${articles}`
    : `in ${plural(countPublishers([...known]), 'source', 'sources')} and ${articles}`;
}

/** A stored copy as "who printed it first" weighs it: its date, and whether that says the time. */
export const passageWhen = (p: ClusterPassageRecord) => ({
  at: p.date,
  source: p.source,
  doc: p.doc,
  timed: hasTimeOfDay(p.date, datedBy(p)),
});

/** The copies that printed a cluster first (core/sources/first-printers.ts: by stated times). */
export const clusterFirsts = (cluster: ClusterRecord) =>
  firstPrinters(cluster.passages, passageWhen);

/**
 * The first printers' words with their date as the rule decided (firstPrintersWords): the time
 * when a stated time decided it ("first on 3 Mar 2026, 06:00 UTC by Daily Ledger"), the day
 * alone when none was stated, and which is which in a tie of both. `by` is the first's date kind.
 */
export function firstWordsOf(
  found: Pick<FirstPrinters<unknown>, 'at' | 'time' | 'timed'>,
  names: readonly string[],
  by: DatedBy,
): string {
  const { time } = found;
  if (time === undefined) return firstPrintersWords(names, formatClusterDate(found.at, by));
  if (found.timed.every(Boolean))
    return firstPrintersWords(names, formatClusterWhen(time, by, true));
  const tied = { time: `${clusterTimes.format(time)} UTC`, timed: found.timed };
  return firstPrintersWords(names, formatClusterDate(time, by), tied);
}

/**
 * "5 copies in 3 sources, first on 2 Mar 2026 by Daily Ledger", or with a same-day tie "…, first:
 * Daily Ledger and The Post, both 2 Mar 2026" — a cluster's row headline.
 */
export function describeCluster(cluster: ClusterRecord): string {
  const where = cluster.kind === 'within' ? 'in one article' : spread(cluster);
  const found = clusterFirsts(cluster);
  const origin = found?.first[0];
  const names = (found?.first ?? []).map((p) =>
    found && found.first.length > 1 && !p.source ? 'an article of unknown source' : p.source,
  );
  const first = found && origin ? `, ${firstWordsOf(found, names, datedBy(origin))}` : '';
  return `${plural(cluster.size, 'copy', 'copies')} ${where}${first}`;
}

/**
 * Why a big cluster's list ends before its count: a scan lists each cluster's first copies, then
 * one copy of each other article, so every article that printed it is listed and the copies left
 * out are further copies inside articles the list already names.
 */
export function unlistedWords(size: number, listed: number): string {
  return `${plural(size - listed, 'more copy is', 'more copies are')} counted, not listed: each is a further copy inside an article listed here (a scan lists a cluster's first ${CLUSTER_PASSAGE_LIMIT.toLocaleString('en')} copies by date, then one copy of each other article, and the one the others were aligned to).`;
}
