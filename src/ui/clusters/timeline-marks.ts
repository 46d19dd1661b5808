import type { ClusterPassageRecord } from '../../db/cluster-records';
import { formatClusterDate } from './cluster-words';
import { countPublishers } from '../../core/sources/publisher';

/** Steps across the timeline's width: copies closer than a step share one mark. */
const steps = 50;
/** Dots stacked at most this high; a taller stack is said in the mark's words, not drawn. */
export const timelineRows = 6;

/** One place on the timeline: the copies printed there, drawn as a stack of dots. */
export interface TimelineMark {
  /** Position from the first printing (0) to the last (1). */
  readonly x: number;
  /** How many copies the mark stands for. */
  readonly copies: number;
  /** Which of the stacked dots is the likely origin, if the origin is here. */
  readonly originDot: number | undefined;
  /** What the mark says to a screen reader and in its tooltip. */
  readonly label: string;
}

/**
 * The timeline's marks, one per step holding copies. A dot per copy was a list item and a
 * formatted date per copy: 5,000 of each for a wire story, most of the cluster view's opening.
 */
export function timelineMarks(
  passages: readonly ClusterPassageRecord[],
  origin: number,
): TimelineMark[] {
  const dates = passages.map((p) => p.date).filter(Number.isFinite);
  const first = Math.min(...dates);
  const span = Math.max(...dates) - first;
  const byStep = new Map<number, number[]>();
  passages.forEach((p, i) => {
    const x = Number.isFinite(p.date) && span > 0 ? (p.date - first) / span : 0;
    const step = Math.round(x * steps);
    const held = byStep.get(step);
    if (held) held.push(i);
    else byStep.set(step, [i]);
  });
  return [...byStep]
    .sort(([a], [b]) => a - b)
    .map(([step, held]) => {
      const at = held.indexOf(origin);
      return {
        x: step / steps,
        copies: held.length,
        originDot: at < 0 ? undefined : Math.min(at, timelineRows - 1),
        label: markLabel(
          held.map((i) => passages[i] as ClusterPassageRecord),
          at >= 0,
        ),
      };
    });
}

function markLabel(copies: readonly ClusterPassageRecord[], holdsOrigin: boolean): string {
  const one = copies[0] as ClusterPassageRecord;
  const originWords = holdsOrigin ? ' (origin)' : '';
  if (copies.length === 1)
    return `${formatClusterDate(one.date, one.imported)} — ${one.source || 'unknown source'}${originWords}`;
  // Copies with no date sit at the start of the line: their dates are not the stretch's.
  const dated = copies.filter((c) => Number.isFinite(c.date));
  const first = dated[0] ?? one;
  const last = dated[dated.length - 1] ?? one;
  const from = formatClusterDate(first.date, first.imported);
  const to = formatClusterDate(last.date, last.imported);
  const undatedWords =
    dated.length > 0 && dated.length < copies.length
      ? ` (${(copies.length - dated.length).toLocaleString('en')} with no date)`
      : '';
  // Publishers, as the cluster counts them (one paper named two ways is one source); copies of
  // unknown source are said together, as one "unknown source".
  const named = copies.filter((c) => c.source);
  const sources =
    countPublishers(named.map((c) => c.source)) + (named.length < copies.length ? 1 : 0);
  const sourceWords =
    sources === 1
      ? named[0]?.source || 'unknown source'
      : `${sources.toLocaleString('en')} sources`;
  return `${copies.length.toLocaleString('en')} copies, ${from === to ? from : `${from} to ${to}`}${undatedWords} — ${sourceWords}${holdsOrigin ? ', the origin among them' : ''}`;
}
