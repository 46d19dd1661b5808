import { countMatches } from '../extend';
import type { Fingerprints } from '../fingerprint';
import { matchedWords, tokensIn, wordsIn } from '../../text/words-per-token';
import type { ClusterThresholds } from './build-clusters';
import { PassageNodes } from './passage-nodes';
import { type TokenRange, projectCut } from './project-cut';
import { crossings, knownSeams, mergeCuts } from './known-seams';
import { type NodeBounds, type Seam, nodeBounds, seamsOf } from './seams';

/** A cut of one alignment: a part ends at a0 (b0) and the next begins at a1 (b1). */
export interface Cut {
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
  const cuts = seamCuts(nodes, fps, thresholds);
  if (!cuts) return nodes;
  const out = new PassageNodes();
  for (let e = 0; e < nodes.edges; e++) {
    const x = nodes.edgeA[e] ?? 0;
    const y = nodes.edgeB[e] ?? 0;
    const dx = nodes.doc[x] ?? 0;
    const dy = nodes.doc[y] ?? 0;
    const list = cuts[e];
    if (!list) {
      out.addPair(
        dx,
        nodes.start[x] ?? 0,
        nodes.end[x] ?? 0,
        dy,
        nodes.start[y] ?? 0,
        nodes.end[y] ?? 0,
      );
      continue;
    }
    for (const part of partsOf(nodes, e, list, fps, thresholds))
      out.addPair(dx, part.a0, part.a1, dy, part.b0, part.b1);
  }
  return out;
}

/** One part of a cut alignment: tokens [a0, a1) of side a's document with [b0, b1) of side b's. */
export interface CutPart {
  readonly a0: number;
  readonly a1: number;
  readonly b0: number;
  readonly b1: number;
  /** Matching tokens of the two ranges (countMatches). */
  readonly matches: number;
}

/**
 * The parts of edge e cut at `list` (from seamCuts) that pass the thresholds as an alignment
 * must; parts that do not (a few words across a seam) are dropped.
 */
export function partsOf(
  nodes: PassageNodes,
  e: number,
  list: readonly Cut[],
  fps: readonly (Fingerprints | undefined)[],
  thresholds: ClusterThresholds,
): CutPart[] {
  const x = nodes.edgeA[e] ?? 0;
  const y = nodes.edgeB[e] ?? 0;
  const fx = fps[nodes.doc[x] ?? 0];
  const fy = fps[nodes.doc[y] ?? 0];
  if (!fx || !fy) return [];
  const ex = nodes.end[x] ?? 0;
  const ey = nodes.end[y] ?? 0;
  const parts: CutPart[] = [];
  let a = nodes.start[x] ?? 0;
  let b = nodes.start[y] ?? 0;
  for (const c of [...list, { a0: ex, a1: ex, b0: ey, b1: ey }]) {
    const matches = passingMatches(fx, a, c.a0, fy, b, c.b0, thresholds);
    if (matches > 0) parts.push({ a0: a, a1: c.a0, b0: b, b1: c.b0, matches });
    a = c.a1;
    b = c.b1;
  }
  return parts;
}

/**
 * The cuts of every edge (undefined where it has none), or undefined when no edge has one. First
 * each alignment's own seams (cutsOf); then every seam so cut is a place in its document where
 * separately repeated texts meet, and any other alignment across it is cut there too — one too
 * short to look for seams of its own (two papers that both print the pieces back to back align
 * over the few words either side of the join, and that stretch, adopted by one piece's cluster,
 * ran its copies on into the next paragraph).
 */
export function seamCuts(
  nodes: PassageNodes,
  fps: readonly (Fingerprints | undefined)[],
  thresholds: ClusterThresholds,
): (Cut[] | undefined)[] | undefined {
  const bounds = nodeBounds(nodes);
  const cuts: (Cut[] | undefined)[] = [];
  let any = false;
  for (let e = 0; e < nodes.edges; e++) {
    const found = cutsOf(nodes, e, bounds, fps, thresholds.minWords);
    cuts.push(found);
    if (found) any = true;
  }
  if (!any) return undefined;
  const known = knownSeams(nodes, cuts);
  for (let e = 0; e < nodes.edges; e++) {
    const more = crossings(nodes, e, known, fps, cuts[e] ?? []);
    if (more.length > 0) cuts[e] = mergeCuts(cuts[e] ?? [], more);
  }
  return cuts;
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
  // Each part's minWords in its own document's tokens (words-per-token.ts).
  const leastA = tokensIn(minWords, fx.tokensPerWord);
  const leastB = tokensIn(minWords, fy.tokensPerWord);
  const kept: Cut[] = [];
  let a = rx.start;
  let b = ry.start;
  for (const c of all) {
    if (c.a0 - a < leastA || c.b0 - b < leastB) continue;
    kept.push(c);
    a = c.a1;
    b = c.b1;
  }
  // The part after the last cut must be long enough too.
  while (kept.length > 0) {
    const last = kept[kept.length - 1] as Cut;
    if (rx.end - last.a1 >= leastA && ry.end - last.b1 >= leastB) break;
    kept.pop();
  }
  return kept.length > 0 ? kept : undefined;
}

// The matches of a part of a cut alignment that passes as an alignment would (pair-echoes.ts
// passingRegions), or 0 when it does not.
function passingMatches(
  fa: Fingerprints,
  a0: number,
  a1: number,
  fb: Fingerprints,
  b0: number,
  b1: number,
  thresholds: ClusterThresholds,
): number {
  const la = a1 - a0;
  const lb = b1 - b0;
  const words = Math.min(wordsIn(la, fa.tokensPerWord), wordsIn(lb, fb.tokensPerWord));
  if (words < thresholds.minWords) return 0;
  const matches = countMatches(fa.hashes, a0, a1, fb.hashes, b0, b1);
  const passes =
    matchedWords(matches, fa, fb) >= thresholds.minWords &&
    (2 * matches) / (la + lb) >= thresholds.minSimilarity;
  return passes ? matches : 0;
}
