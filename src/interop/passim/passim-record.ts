/**
 * One record of passim's output (`out.json/part-*`): a reused passage, i.e. the input fields of
 * its document plus `cluster`, `size`, `begin`, `end` and `uid`; `text` is then the passage.
 */
export interface PassimPassage {
  /** The document's id as exported (Verso's article id, or the CLI's path). */
  readonly id: string;
  /** passim's cluster id, as a string (passim writes a 64-bit number). */
  readonly cluster: string;
  readonly begin: number;
  readonly end: number;
  /** The passage as passim cut it; '' when the record has no text. */
  readonly text: string;
  /** The document's date as exported ('' when none or no real day): passages are ordered by it. */
  readonly date: string;
  /** The document's series ('' when none). */
  readonly series: string;
}

/** A parsed line: a passage, a line to skip (blank), or the reason it is not a passim record. */
export type PassimLine =
  | { readonly kind: 'passage'; readonly passage: PassimPassage }
  | { readonly kind: 'blank' }
  | { readonly kind: 'bad'; readonly reason: string };

const idOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== ''
    ? value
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : undefined;

const offset = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;

// YYYY, YYYY-MM or YYYY-MM-DD, then anything (a time): what sorts as text in time order.
const isoDay = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d-])/;

/**
 * The record's date when it names a real day, month or year, else '' (undated): passages are
 * sorted by date as text, so "2026-13-45" or "not a date" would otherwise be placed as if real.
 */
function dateOf(value: unknown): string {
  const m = typeof value === 'string' ? isoDay.exec(value) : null;
  if (!m) return '';
  const [year, month, day] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  // A real day survives the round trip: 2026-13-45 rolls over into 2027.
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  return t.getUTCMonth() === month - 1 && t.getUTCDate() === day ? m.input : '';
}

/**
 * Parse one line of passim output. Nothing in it is trusted: `id`, `cluster` (string or number)
 * and whole, non-negative `begin` < `end` are required; anything else is a reason in words.
 */
export function parsePassimLine(line: string): PassimLine {
  if (line.trim() === '') return { kind: 'blank' };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { kind: 'bad', reason: 'not a JSON record' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { kind: 'bad', reason: 'not a JSON object' };
  const record = value as Record<string, unknown>;
  const id = idOf(record.id);
  if (id === undefined) return { kind: 'bad', reason: 'no "id"' };
  const cluster = idOf(record.cluster);
  if (cluster === undefined)
    return { kind: 'bad', reason: 'no "cluster" (is this passim output?)' };
  const begin = offset(record.begin);
  const end = offset(record.end);
  if (begin === undefined || end === undefined)
    return { kind: 'bad', reason: '"begin" and "end" must be whole numbers ≥ 0' };
  if (end <= begin)
    return { kind: 'bad', reason: `"end" (${end}) is not after "begin" (${begin})` };
  const text = typeof record.text === 'string' ? record.text : '';
  const date = dateOf(record.date);
  const series = idOf(record.series) ?? '';
  return { kind: 'passage', passage: { id, cluster, begin, end, text, date, series } };
}

/**
 * Passage order inside a cluster, as Verso's clusters are ordered: by date (undated last), then
 * document id, then offset.
 */
export function comparePassages(a: PassimPassage, b: PassimPassage): number {
  if (a.date !== b.date) {
    if (a.date === '') return 1;
    if (b.date === '') return -1;
    return a.date < b.date ? -1 : 1;
  }
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return a.begin - b.begin;
}
