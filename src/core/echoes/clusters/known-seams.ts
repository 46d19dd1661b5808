import type { Fingerprints } from '../fingerprint';
import type { Cut } from './cut-at-seams';
import type { PassageNodes } from './passage-nodes';
import { projectCut } from './project-cut';

/**
 * The seams some alignment was cut at, by document: flat [end, next, end, next, …] in order of
 * `end` (tokens; see Seam in seams.ts).
 */
export type KnownSeams = ReadonlyMap<number, Int32Array>;

/** Tokens from an alignment's own cut within which a known seam is that same cut. */
const SAME_CUT = 8;
/** Known seams one node is cut at: bounds the work of a long node in a document of many seams. */
const MAX_CROSSINGS = 64;

/** Every seam the edges' own cuts fall at, on both sides, by document. */
export function knownSeams(
  nodes: PassageNodes,
  cuts: readonly (readonly Cut[] | undefined)[],
): KnownSeams {
  const byDoc = new Map<number, [number, number][]>();
  const note = (doc: number, end: number, next: number): void => {
    const list = byDoc.get(doc) ?? [];
    if (list.length === 0) byDoc.set(doc, list);
    list.push([end, next]);
  };
  cuts.forEach((list, e) => {
    if (!list) return;
    const dx = nodes.doc[nodes.edgeA[e] ?? 0] ?? 0;
    const dy = nodes.doc[nodes.edgeB[e] ?? 0] ?? 0;
    for (const c of list) {
      note(dx, c.a0, c.a1);
      note(dy, c.b0, c.b1);
    }
  });
  const out = new Map<number, Int32Array>();
  for (const [doc, list] of byDoc) {
    list.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    const flat: number[] = [];
    for (const [end, next] of list) {
      const n = flat.length;
      if (n > 0 && flat[n - 2] === end && flat[n - 1] === next) continue;
      flat.push(end, next);
    }
    out.set(doc, Int32Array.from(flat));
  }
  return out;
}

/**
 * The known seams that edge e's alignment runs across (on either side) and was not cut at by its
 * own seams (`own`), as cuts projected through the alignment onto the other side. A node runs
 * across a seam when it holds tokens both before the seam's end and after its next piece's start.
 */
export function crossings(
  nodes: PassageNodes,
  e: number,
  known: KnownSeams,
  fps: readonly (Fingerprints | undefined)[],
  own: readonly Cut[],
): Cut[] {
  const x = nodes.edgeA[e] ?? 0;
  const y = nodes.edgeB[e] ?? 0;
  const fx = fps[nodes.doc[x] ?? 0];
  const fy = fps[nodes.doc[y] ?? 0];
  const sx = known.get(nodes.doc[x] ?? 0);
  const sy = known.get(nodes.doc[y] ?? 0);
  if (!fx || !fy || (!sx && !sy)) return [];
  const rx = { start: nodes.start[x] ?? 0, end: nodes.end[x] ?? 0 };
  const ry = { start: nodes.start[y] ?? 0, end: nodes.end[y] ?? 0 };
  const out: Cut[] = [];
  if (sx)
    for (const [end, next] of inside(sx, rx.start, rx.end)) {
      if (own.some((c) => Math.abs(c.a0 - end) <= SAME_CUT)) continue;
      const b0 = projectCut(fx.hashes, rx, end, fy.hashes, ry);
      const b1 = next === end ? b0 : projectCut(fx.hashes, rx, next, fy.hashes, ry);
      out.push({ a0: end, a1: next, b0, b1 });
    }
  if (sy)
    for (const [end, next] of inside(sy, ry.start, ry.end)) {
      if (own.some((c) => Math.abs(c.b0 - end) <= SAME_CUT)) continue;
      if (out.some((c) => Math.abs(c.b0 - end) <= SAME_CUT)) continue;
      const a0 = projectCut(fy.hashes, ry, end, fx.hashes, rx);
      const a1 = next === end ? a0 : projectCut(fy.hashes, ry, next, fx.hashes, rx);
      out.push({ a0, a1, b0: end, b1: next });
    }
  return out;
}

/**
 * Own cuts and crossings in one list, in order along both sides: a cut that would make a part of
 * negative length on either side (two projections out of order) is left out.
 */
export function mergeCuts(own: readonly Cut[], more: readonly Cut[]): Cut[] {
  const all = [...own, ...more].sort((p, q) => p.a0 - q.a0 || p.b0 - q.b0);
  const kept: Cut[] = [];
  for (const c of all) {
    const last = kept[kept.length - 1];
    if (last && (c.a0 < last.a1 || c.b0 < last.b1)) continue;
    kept.push(c);
  }
  return kept;
}

// The seams of one document's list that a node [start, end) runs across, at most MAX_CROSSINGS.
function inside(seams: Int32Array, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  // Seams are in order of `end`; the first whose end is past the node's start.
  let lo = 0;
  let hi = seams.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((seams[2 * mid] ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; 2 * i < seams.length && out.length < MAX_CROSSINGS; i++) {
    const at = seams[2 * i] ?? 0;
    const next = seams[2 * i + 1] ?? 0;
    if (at >= end) break;
    if (next > start && next < end) out.push([at, next]);
  }
  return out;
}
