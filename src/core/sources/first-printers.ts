import { publisherKeys } from './publisher';

/** One printing as "who printed it first" weighs it. */
export interface PrintingWhen {
  /** Its best date (epoch ms: published, else last changed, else imported); not finite when unknown. */
  readonly at: number;
  /** Who printed it; '' when unknown (it is then a printer of its own). */
  readonly source: string;
  /** The article or file it is in: two printings in one are one printer. */
  readonly doc: string;
  /** True when its page states the time of day (statesTimeOfDay); absent: a date alone. */
  readonly timed?: boolean;
}

/** Who printed a passage first (the rule is on firstPrinters). */
export interface FirstPrinters<T> {
  /** The earliest stated time's printers first, then those of that day that give no time. */
  readonly first: readonly T[];
  /** The earliest instant among the dated printings (a date alone is its midnight UTC). */
  readonly at: number;
  /**
   * The stated time that decided it (epoch ms): the earliest of that day, when one is stated and
   * another publisher printed it that day too (alone on its day, the day decided it).
   */
  readonly time: number | undefined;
  /** For each of `first`: true when it states its time (it printed at `time`'s minute). */
  readonly timed: readonly boolean[];
}

const dayMs = 86_400_000;
const minuteMs = 60_000;
// The UTC day, as every list shows dates (cluster-words.ts formats in UTC).
const dayOf = (at: number): number => Math.floor(at / dayMs);

/**
 * True when a stored date states the time of day. A page's date without a time is stored as its
 * midnight UTC (extract/parse-instant.ts), so any other instant had a time written on the page —
 * records archived before this rule included; a time stated as exactly 00:00 UTC is taken for a
 * date alone (it then ties, never wrongly wins). An import's time says nothing of the printing's.
 */
export const statesTimeOfDay = (at: number, imported = false): boolean =>
  !imported && Number.isFinite(at) && at % dayMs !== 0;

/**
 * The one rule for "who printed it first", which the cluster list, the reader's printings, the
 * echo card, releases and the CLI all follow. Only the earliest UTC day with a dated printing
 * counts. On that day, a printing whose page states the time of day is ordered by it, to the
 * minute the lists show: the earliest stated minute's printers are first, later stated times are
 * not. A printing that gives only the date cannot be ordered within its day, so it ties with
 * every time of that day: it is "first too, no time given". So the first printers are those at
 * the earliest stated minute of the earliest day, then every date-only printing of that day (all
 * of them when none states a time). One printing per publisher (core/sources/publisher.ts: "The
 * Times" and thetimes.example are one), undefined when no printing is dated. Linear in the
 * printings (the sort is of one day's printings).
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
  const sameDay = items
    .map((item, order) => ({ item, order, ...when(item) }))
    .filter((p) => Number.isFinite(p.at) && dayOf(p.at) === day);
  let time = Infinity;
  for (const p of sameDay) if (p.timed && p.at < time) time = p.at;
  const minute = Math.floor(time / minuteMs);
  const keys = publisherKeys(sameDay.map((p) => p.source));
  const keyOf = (p: { source: string; doc: string }) => keys.get(p.source) || `doc:${p.doc}`;
  const tied = sameDay
    .filter((p) => !p.timed || Math.floor(p.at / minuteMs) === minute)
    // Stated times first (they say when), then the date-only printings in the order given.
    .sort((x, y) => Number(!!y.timed) - Number(!!x.timed) || x.at - y.at || x.order - y.order);
  const seen = new Set<string>();
  const first: T[] = [];
  const timed: boolean[] = [];
  for (const p of tied) {
    const key = keyOf(p);
    if (seen.has(key)) continue;
    seen.add(key);
    first.push(p.item);
    timed.push(!!p.timed);
  }
  // The time decided it only when another publisher printed it that day; alone, the day did.
  const rivals = new Set(sameDay.map(keyOf)).size > 1;
  return { first, at, time: rivals && Number.isFinite(time) ? time : undefined, timed };
}

/** Names shown before "and N others" in a tie. */
const namesShown = 3;

/** How a tie of stated times and dates alone is said: the time, and who stated it. */
export interface TiedTimes {
  /** The earliest stated time as shown ("06:00 UTC"). */
  readonly time: string;
  /** For each name: true when it stated that time, false when it gave the date alone. */
  readonly timed: readonly boolean[];
}

/**
 * The words for the first printers: "first on 3 Mar 2026 by The Times" (the date says the time,
 * "3 Mar 2026, 06:00 UTC", when a stated time decided it), or, tied, "first: The Times and The
 * Guardian, both 3 Mar 2026" ("…, The Post and 4 others, all 3 Mar 2026"). A tie of a stated time
 * with printings that give only the date says which is which ("first: The Times at 06:00 UTC and
 * The Post (no time given), both 3 Mar 2026"). An empty name (one printer of unknown source)
 * leaves "by" out.
 */
export function firstPrintersWords(
  names: readonly string[],
  date: string,
  tied?: TiedTimes,
): string {
  if (names.length <= 1) return `first on ${date}${names[0] ? ` by ${names[0]}` : ''}`;
  const said = tied
    ? names.map((name, i) =>
        tied.timed[i] ? `${name} at ${tied.time}` : `${name} (no time given)`,
      )
    : names;
  const others = said.length - namesShown;
  const shown =
    others > 1 ? [...said.slice(0, namesShown), `${others.toLocaleString('en')} others`] : said;
  const list = `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`;
  return `first: ${list}, ${names.length === 2 ? 'both' : 'all'} ${date}`;
}
