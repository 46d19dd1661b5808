import { countMatches } from '../extend';
import type { Fingerprints } from '../fingerprint';
import type { ClusterThresholds } from './build-clusters';
import { PassageNodes } from './passage-nodes';
import { type TokenRange, projectCut } from './project-cut';
import { type NodeBounds, type Seam, nodeBounds, seamsOf } from './seams';

/** A cut of one alignment: a part ends at a0 (b0) and the next begins at a1 (b1). */
interface Cut {
  readonly a0: number;
  readonly a1: number;
  readonly b0: number;
  readonly b1: number;
}

/**
 * Cut each alignment at its seams: where one separately repeated piece of its text ends and
 * another begins (see seams.ts), projected through the alignment onto the other side. Another
 * paper that reprints a quote and the next paragraph back to back aligns with both in one
 * stretch; uncut, that stretch overlaps both texts' copies, joins their clusters into one, and a
 * copy of either then falls out as too unlike the long representative. Each part is kept as an
 * alignment of its own if it passes the thresholds, as every alignment had to. Returns `nodes`
 * itself when no alignment has a seam (the common case: nothing is copied).
 */
export function cutAtSeams(
  nodes: PassageNodes,
  fps: readonly (Fingerprints | undefined)[],
  thresholds: ClusterThresholds,
): PassageNodes {
  const bounds = nodeBounds(nodes);
  const cuts: (Cut[] | undefined)[] = [];
  let any = false;
  for (let e = 0; e < nodes.edges; e++) {
    const found = cutsOf(nodes, e, bounds, fps, thresholds.minWords);
    cuts.push(found);
    if (found) any = true;
  }
  if (!any) return nodes;
  const out = new PassageNodes();
  for (let e = 0; e < nodes.edges; e++) {
    const x = nodes.edgeA[e] ?? 0;
    const y = nodes.edgeB[e] ?? 0;
    const dx = nodes.doc[x] ?? 0;
    const dy = nodes.doc[y] ?? 0;
    const sx = nodes.start[x] ?? 0;
    const ex = nodes.end[x] ?? 0;
    const sy = nodes.start[y] ?? 0;
    const ey = nodes.end[y] ?? 0;
    const list = cuts[e];
    const fx = fps[dx];
    const fy = fps[dy];
    if (!list || !fx || !fy) {
      out.addPair(dx, sx, ex, dy, sy, ey);
      continue;
    }
    let a = sx;
    let b = sy;
    for (const c of [...list, { a0: ex, a1: ex, b0: ey, b1: ey }]) {
      if (passes(fx, a, c.a0, fy, b, c.b0, thresholds)) out.addPair(dx, a, c.a0, dy, b, c.b0);
      a = c.a1;
      b = c.b1;
    }
  }
  return out;
}

// The cuts of edge e, from the seams found in either side's document, in order along both
// sides, each part at least minWords long on both; undefined when there are none.
function cutsOf(
  nodes: PassageNodes,
  e: number,
  bounds: NodeBounds,
  fps: readonly (Fingerprints | undefined)[],
  minWords: number,
): Cut[] | undefined {
  const x = nodes.edgeA[e] ?? 0;
  const y = nodes.edgeB[e] ?? 0;
  const fromX = seamsOf(nodes, x, y, bounds, fps, minWords);
  const fromY = seamsOf(nodes, y, x, bounds, fps, minWords);
  if (fromX.length === 0 && fromY.length === 0) return undefined;
  const fx = fps[nodes.doc[x] ?? 0];
  const fy = fps[nodes.doc[y] ?? 0];
  if (!fx || !fy) return undefined;
  const rx = { start: nodes.start[x] ?? 0, end: nodes.end[x] ?? 0 };
  const ry = { start: nodes.start[y] ?? 0, end: nodes.end[y] ?? 0 };
  const over = (s: Seam, from: Fingerprints, r: TokenRange, to: Fingerprints, q: TokenRange) => {
    const end = projectCut(from.hashes, r, s.end, to.hashes, q);
    return { end, next: s.next === s.end ? end : projectCut(from.hashes, r, s.next, to.hashes, q) };
  };
  const cut = (a: Seam, b: Seam): Cut => ({ a0: a.end, a1: a.next, b0: b.end, b1: b.next });
  const all: Cut[] = [
    ...fromX.map((s) => cut(s, over(s, fx, rx, fy, ry))),
    ...fromY.map((s) => cut(over(s, fy, ry, fx, rx), s)),
  ].sort((p, q) => p.a0 - q.a0 || p.b0 - q.b0);
  const kept: Cut[] = [];
  let a = rx.start;
  let b = ry.start;
  for (const c of all) {
    if (c.a0 - a < minWords || c.b0 - b < minWords) continue;
    kept.push(c);
    a = c.a1;
    b = c.b1;
  }
  // The part after the last cut must be long enough too.
  while (kept.length > 0) {
    const last = kept[kept.length - 1] as Cut;
    if (rx.end - last.a1 >= minWords && ry.end - last.b1 >= minWords) break;
    kept.pop();
  }
  return kept.length > 0 ? kept : undefined;
}

// A part of a cut alignment passes as an alignment would (pair-echoes.ts passingRegions).
function passes(
  fa: Fingerprints,
  a0: number,
  a1: number,
  fb: Fingerprints,
  b0: number,
  b1: number,
  thresholds: ClusterThresholds,
): boolean {
  const la = a1 - a0;
  const lb = b1 - b0;
  if (Math.min(la, lb) < thresholds.minWords) return false;
  const matches = countMatches(fa.hashes, a0, a1, fb.hashes, b0, b1);
  return matches >= thresholds.minWords && (2 * matches) / (la + lb) >= thresholds.minSimilarity;
}
