import type { ClusterPassageRecord } from '../../db/cluster-records';
import { publisherNames } from '../../core/sources/publisher';

/** What the collation lists of a cluster's copies. Empty strings do not filter. */
export interface CopyFilters {
  /** Only copies printed by this source's publisher (however each copy names it). */
  readonly source: string;
  /** Inclusive ISO dates (`YYYY-MM-DD`), as the date inputs give them. */
  readonly from: string;
  readonly to: string;
}

/** Every copy listed. */
export const noCopyFilters: CopyFilters = { source: '', from: '', to: '' };

const dayMs = 86_400_000;

/**
 * The positions (in the cluster's date order) of the copies that pass the filters. Dates are
 * compared as numbers, the range turned into epoch bounds once: a wire story listed once per
 * article is ~100,000 copies in a 100,000-article archive, and formatting each copy's date to
 * compare strings would cost the page's thread that much more on every keystroke.
 */
export function filterCopies(
  passages: readonly ClusterPassageRecord[],
  filters: CopyFilters,
): number[] {
  const from = filters.from ? Date.parse(filters.from) : -Infinity;
  const to = filters.to ? Date.parse(filters.to) + dayMs : Infinity;
  // Keys from the copies' own sources, as copySources listed them: one paper named two ways
  // ("Daily Ledger", dailyledger.example) is one choice and keeps both.
  const keyOf = filters.source ? publisherNames(passages.map((p) => p.source)).keyOf : undefined;
  const wanted = keyOf?.(filters.source);
  const out: number[] = [];
  for (let i = 0; i < passages.length; i++) {
    const p = passages[i];
    if (!p) continue;
    if (keyOf && keyOf(p.source) !== wanted) continue;
    if (p.date < from || p.date >= to) continue;
    out.push(i);
  }
  return out;
}

/**
 * The publishers among the copies, each under one name (core's publisherNames), in alphabetical
 * order (for the source filter).
 */
export function copySources(passages: readonly ClusterPassageRecord[]): string[] {
  return publisherNames(passages.map((p) => p.source)).names;
}
