import { runsOf, type ReaderDoc } from '../../core/layout/reader-doc';
import type { Widget } from './overlays';

/**
 * Assigns each widget to the run it falls in, or the next run when it falls between runs. One at
 * a run's very end stays with that run, drawn after its text: words a version deleted from the
 * end of a paragraph ("…on Monday [evening]") were drawn at the start of the next paragraph,
 * glued to its first word ("evening.The operator…").
 */
export function widgetsByRun(doc: ReaderDoc, widgets: readonly Widget[]): Map<number, Widget[]> {
  const byRun = new Map<number, Widget[]>();
  if (widgets.length === 0) return byRun;
  const sorted = [...widgets].sort((x, y) => x.at - y.at);
  let w = 0;
  let last = -1;
  for (const block of doc.blocks)
    for (const run of runsOf(block.node)) {
      while (w < sorted.length && (sorted[w]?.at ?? 0) <= run.end) {
        const widget = sorted[w++];
        if (!widget) continue;
        const list = byRun.get(run.start) ?? [];
        list.push({ ...widget, at: Math.max(widget.at, run.start) });
        byRun.set(run.start, list);
      }
      last = run.start;
    }
  // Deleted past the last run's end (the text's trailing space): after the last run.
  for (; w < sorted.length; w++) {
    const widget = sorted[w];
    if (!widget || last < 0) continue;
    const list = byRun.get(last) ?? [];
    list.push({ ...widget, at: Number.MAX_SAFE_INTEGER });
    byRun.set(last, list);
  }
  return byRun;
}
