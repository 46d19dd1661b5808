import { publisherKeys } from './publisher';

/** One printing as "who printed it first" weighs it. */
export interface PrintingWhen {
  /** Its best date (epoch ms: published, else last changed, else imported); not finite when unknown. */
  readonly at: number;
  /** Who printed it; '' when unknown (it is then a printer of its own). */
  readonly source: string;
  /** The article or file it is in: two printings in one are one printer. */
  readonly doc: string;
}

/** Who printed a passage first: every printer of the earliest day, one printing each. */
export interface FirstPrinters<T> {
  /** Earliest first; more than one when several publishers printed it that day. */
  readonly first: readonly T[];
  /** The earliest instant among them. */
  readonly at: number;
}

const dayMs = 86_400_000;
// The UTC day, as every list shows dates (cluster-words.ts formats in UTC).
const dayOf = (at: number): number => Math.floor(at / dayMs);

/**
 * The one rule for "who printed it first", which the cluster view, the reader's printings and the
 * CLI all follow: the printings dated on the earliest day (UTC) are tied, whatever their hours —
 * two papers' morning editions of one day are not first and second because one site stamped
 * 06:00 and the other 06:05, and an import time's hour says nothing of the printing's. One
 * printing per publisher (core/sources/publisher.ts: "The Times" and thetimes.example are one),
 * earliest first; undefined when no printing is dated. Linear in the printings.
 */
export function firstPrinters<T>(
  items: readonly T[],
  when: (item: T) => PrintingWhen,
): FirstPrinters<T> | undefined {
  let at = Infinity;
  for (const item of items) {
    const t = when(item).at;
    if (Number.isFinite(t) && t < at) at = t;
  }
  if (!Number.isFinite(at)) return undefined;
  const day = dayOf(at);
  const tied = items
    .map((item, order) => ({ item, order, ...when(item) }))
    .filter((p) => Number.isFinite(p.at) && dayOf(p.at) === day)
    .sort((x, y) => x.at - y.at || x.order - y.order);
  const keys = publisherKeys(tied.map((p) => p.source));
  const seen = new Set<string>();
  const first: T[] = [];
  for (const p of tied) {
    const key = keys.get(p.source) || `doc:${p.doc}`;
    if (seen.has(key)) continue;
    seen.add(key);
    first.push(p.item);
  }
  return { first, at };
}

/** Names shown before "and N others" in a tie. */
const namesShown = 3;

/**
 * The words for the first printers: "first on 3 Mar 2026 by The Times", or, tied, "first: The
 * Times and The Guardian, both 3 Mar 2026" ("…, The Post and 4 others, all 3 Mar 2026").
 * An empty name (one printer of unknown source) leaves "by" out.
 */
export function firstPrintersWords(names: readonly string[], date: string): string {
  if (names.length <= 1) return `first on ${date}${names[0] ? ` by ${names[0]}` : ''}`;
  const others = names.length - namesShown;
  const shown =
    others > 1 ? [...names.slice(0, namesShown), `${others.toLocaleString('en')} others`] : names;
  const list = `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`;
  return `first: ${list}, ${names.length === 2 ? 'both' : 'all'} ${date}`;
}
