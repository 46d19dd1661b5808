/**
 * Publication dates as instants. Pages and files write dates in many forms; the archive stores one
 * number (milliseconds since 1970 UTC) so that sorting compares moments, not strings, and
 * "09:00 +01:00" lands before "08:30 Z" as it should.
 */

/** The stored value of an article that has no publication date. */
export const undated = 0;

/** The farthest instant from 1970 a Date can hold, either way (ECMA-262 TimeClip: 10^8 days). */
export const maxInstant = 8.64e15;

/** True for a number a Date can hold: files and backups may give any number (1e20 breaks Date). */
export function isInstant(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= maxInstant;
}

const monthNames =
  'january february march april may june july august september october november december'.split(
    ' ',
  );
const months = monthNames.map((name) => name.slice(0, 3));

// RFC 2822 §4.3 obsolete zones, still written by old feeds and mailers.
const namedZones: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

const iso =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const isoCompact = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})?)?$/i;
const rfc2822 =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,5})?)?$/i;
// US news style, month first: `March 6, 2026`, `Mar. 6, 2026`, `Friday, March 6, 2026`.
const monthFirst =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;

/** 1–12 for a month's name or its abbreviation (`Mar`, `Sept`), else 0. */
const monthOf = (word: string): number =>
  monthNames.findIndex((name) => name.startsWith(word.toLowerCase())) + 1;

function offsetMinutes(zone: string | undefined): number | undefined {
  if (!zone) return 0;
  const named = namedZones[zone.toUpperCase()];
  if (named !== undefined) return named;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function instant(
  parts: readonly [number, number, number, number, number, number, number],
  zone: string | undefined,
): number | undefined {
  const [y, mo, d, h, mi, s, ms] = parts;
  const offset = offsetMinutes(zone);
  if (offset === undefined || mo < 1 || mo > 12 || d < 1 || h > 24 || mi > 59 || s > 60)
    return undefined;
  const utc = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  // Date.UTC rolls 31 February over into March; a real date survives the round trip.
  if (new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) return undefined;
  return utc - offset * 60_000;
}

/**
 * Parses ISO 8601 (`2026-03-14`, `2026-03-14T08:30:00+01:00`, `20260314T083000Z`), RFC 2822
 * (`Sat, 14 Mar 2026 08:30:00 +0100`) and a US-style day (`Saturday, March 14, 2026`,
 * `Mar. 14, 2026`) into milliseconds since 1970 UTC, taking the written time zone into account.
 * A time without a zone, and a date without a time, are read as UTC. Returns `undated` for
 * anything else, including empty text: an unknown date stays unknown. A numeric `06/03/2026` is
 * day-first in Europe and month-first in the US, so it is not guessed at.
 */
export function parseInstant(raw: string | null | undefined): number {
  const text = (raw ?? '').trim();
  if (!text) return undated;
  const a = iso.exec(text);
  const c = a ? undefined : isoCompact.exec(text);
  const m = a ?? c;
  if (m) {
    const fraction = a?.[7] ? Math.round(Number(`0.${a[7]}`) * 1000) : 0;
    const t = instant(
      [
        Number(m[1]),
        Number(m[2]),
        Number(m[3]),
        Number(m[4] ?? 0),
        Number(m[5] ?? 0),
        Number(m[6] ?? 0),
        fraction,
      ],
      a ? a[8] : c?.[7],
    );
    return t ?? undated;
  }
  const r = rfc2822.exec(text.replace(/\s*\([^)]*\)\s*$/, ''));
  if (r) {
    const month = months.indexOf((r[2] ?? '').toLowerCase()) + 1;
    let year = Number(r[3]);
    if (year < 100) year += year < 50 ? 2000 : 1900;
    const t = instant(
      [year, month, Number(r[1]), Number(r[4] ?? 0), Number(r[5] ?? 0), Number(r[6] ?? 0), 0],
      r[7],
    );
    return t ?? undated;
  }
  const u = monthFirst.exec(text);
  if (u) {
    const t = instant([Number(u[3]), monthOf(u[1] ?? ''), Number(u[2]), 0, 0, 0, 0], undefined);
    return t ?? undated;
  }
  return undated;
}

/** True when the instant is exactly midnight UTC: a date given without a time of day. */
export function isDateOnly(time: number): boolean {
  return time !== undated && time % 86_400_000 === 0;
}

/** The instant as ISO 8601: `YYYY-MM-DD` for a date without a time, else full UTC; '' if undated. */
export function instantToIso(time: number): string {
  if (time === undated || !isInstant(time)) return '';
  const full = new Date(time).toISOString();
  // Up to the T, not 10 characters: years past 9999 are written `+010000-01-01`.
  return isDateOnly(time) ? full.slice(0, full.indexOf('T')) : full;
}
