import type { TokenPassage } from './component-passages';
import { UnionFind } from './union-find';

/** Share of a component's passages that must touch another's for it to be folded in. */
const FOLD = 0.9;

interface Entry {
  readonly comp: number;
  readonly p: TokenPassage;
  readonly i: number;
}

/**
 * Fold a component into another when (nearly) every one of its passages overlaps or touches a
 * passage of that other one in the same document: it is a piece of the same copies (their start,
 * or a stretch between two edits), found by a document pair that shares only part of the marks
 * (the rest went to another centre). A component with a passage on its own (a paper that printed
 * one paragraph of a press release) stays its own. Two sweeps (by start, then by end backwards) compare each passage with the
 * furthest-reaching passage of another component seen so far in its document. Returns groups of
 * component numbers to merge.
 */
export function foldContained(components: readonly (readonly TokenPassage[])[]): number[][] {
  const entries: Entry[] = components
    .flatMap((list, comp) => list.map((p) => ({ comp, p })))
    .map((e, i) => ({ ...e, i }));
  const inside = new Int32Array(entries.length).fill(-1);
  const order = entries.map((_, i) => i);
  const at = (i: number) => entries[i] as Entry;
  order.sort((x, y) => at(x).p.doc - at(y).p.doc || at(x).p.start - at(y).p.start);
  sweep(entries, order, inside, (e) => e.p.end);
  order.sort((x, y) => at(x).p.doc - at(y).p.doc || at(y).p.end - at(x).p.end);
  sweep(entries, order, inside, (e) => -e.p.start);
  const total = new Int32Array(components.length);
  const folded = new Int32Array(components.length);
  const host = new Int32Array(components.length).fill(-1);
  entries.forEach((e, i) => {
    total[e.comp] = (total[e.comp] ?? 0) + 1;
    const h = inside[i] ?? -1;
    if (h < 0) return;
    folded[e.comp] = (folded[e.comp] ?? 0) + 1;
    host[e.comp] = h;
  });
  const sets = new UnionFind(components.length);
  for (let c = 0; c < components.length; c++)
    if ((host[c] ?? -1) >= 0 && (folded[c] ?? 0) >= FOLD * (total[c] ?? 0))
      sets.union(c, host[c] ?? c);
  const groups = new Map<number, number[]>();
  for (let c = 0; c < components.length; c++) {
    const root = sets.find(c);
    const list = groups.get(root);
    if (list) list.push(c);
    else groups.set(root, [c]);
  }
  return [...groups.values()];
}

// Each passage against the furthest-reaching passage of another component before it in its
// document (the best one, or the best of another component when the best is its own).
function sweep(
  entries: readonly Entry[],
  order: readonly number[],
  inside: Int32Array,
  reachOf: (e: Entry) => number,
): void {
  let best: Entry | undefined;
  let second: Entry | undefined;
  for (const i of order) {
    const x = entries[i] as Entry;
    if (best && best.p.doc !== x.p.doc) best = second = undefined;
    const other = best && best.comp !== x.comp ? best : second;
    if (other) mark(x, i, other, inside);
    if (other) mark(other, other.i, x, inside);
    if (!best || reachOf(x) > reachOf(best)) {
      if (best && best.comp !== x.comp) second = best;
      best = x;
    } else if (best.comp !== x.comp && (!second || reachOf(x) > reachOf(second))) second = x;
  }
}

function mark(x: Entry, i: number, y: Entry, inside: Int32Array): void {
  const overlap = Math.min(x.p.end, y.p.end) - Math.max(x.p.start, y.p.start);
  if (overlap > 0 && i >= 0) inside[i] = y.comp;
}
