import { countMatches } from '../extend';
import type { Fingerprints } from '../fingerprint';
import { PARAGRAPH_AFTER } from '../../text/token-flags';
import { tokensIn } from '../../text/words-per-token';
import { radixSortPairs } from '../radix-sort';
import type { PassageNodes } from './passage-nodes';

/**
 * A seam inside an aligned range: one separately repeated piece of its text ends at `end` and
 * the next begins at `next` (tokens; `next` may be a few tokens before `end` when the two
 * pieces' alignments overlap, or after it when words such as "He added:" lie between them).
 */
export interface Seam {
  readonly end: number;
  readonly next: number;
}

/** Every node's start and end, by document then position, and each node's aligned partner. */
export interface NodeBounds {
  /** node · 2 (its start) or node · 2 + 1 (its end), by document, position, then starts first. */
  readonly order: Uint32Array;
  /**
   * For each place in `order`, the first place of the next run of boundaries (same document,
   * position and kind): a centre document is paired with every copy, and thousands of its nodes
   * may end at one place; a node's look inside steps over such runs rather than through them.
   */
  readonly nextRun: Uint32Array;
  /** The node each node was aligned with, or −1. */
  readonly partner: Int32Array;
}

/** Most tokens between where one piece ends and the next begins for the two to meet at a seam. */
const SEAM = 8;
/** Tokens of the next piece (or the last one) a copy of one piece must not run on into. */
const WINDOW = 8;
/** Tokens either side of the pieces' edges where the paragraph break between them may fall. */
const SLACK = 2;
/** Runs of boundaries looked at inside one node: bounds the work of nested repeats. */
const MAX_LOOK = 64;
/** Nodes taken from one run of boundaries (one place): a few show whether copies part there. */
const PER_RUN = 8;
/**
 * Matching tokens (of WINDOW) past a piece's end that show its copy runs on: a copy with an
 * edit or two there still matches most of them; unrelated prose shares a word or two ("the").
 */
const GOES_ON = 6;
/** Pairs of pieces checked for a seam inside one node: bounds the work of a crowded node. */
const MAX_CHECKS = 64;

/** Sort every node's two boundaries (two radix passes) and note each node's partner. */
export function nodeBounds(nodes: PassageNodes): NodeBounds {
  const n = nodes.count;
  const partner = new Int32Array(n).fill(-1);
  for (let e = 0; e < nodes.edges; e++) {
    const a = nodes.edgeA[e] ?? 0;
    const b = nodes.edgeB[e] ?? 0;
    partner[a] = b;
    partner[b] = a;
  }
  const keys = new Uint32Array(2 * n);
  const values = new Uint32Array(2 * n);
  for (let i = 0; i < n; i++) {
    // Position · 2 + kind: starts before ends at one position (documents hold < 2^31 tokens).
    keys[2 * i] = 2 * (nodes.start[i] ?? 0);
    keys[2 * i + 1] = 2 * (nodes.end[i] ?? 0) + 1;
    values[2 * i] = 2 * i;
    values[2 * i + 1] = 2 * i + 1;
  }
  const byPos = radixSortPairs(keys, values).values;
  const docs = new Uint32Array(2 * n);
  for (let j = 0; j < 2 * n; j++) docs[j] = nodes.doc[(byPos[j] ?? 0) >>> 1] ?? 0;
  const order = radixSortPairs(docs, byPos).values;
  const nextRun = new Uint32Array(2 * n);
  for (let j = 2 * n - 1; j >= 0; j--) {
    const same = j + 1 < 2 * n && sameRun(nodes, order[j] ?? 0, order[j + 1] ?? 0);
    nextRun[j] = same ? (nextRun[j + 1] ?? 0) : j + 1;
  }
  return { order, nextRun, partner };
}

function sameRun(nodes: PassageNodes, v: number, w: number): boolean {
  return (
    (v & 1) === (w & 1) &&
    nodes.doc[v >>> 1] === nodes.doc[w >>> 1] &&
    boundaryOf(nodes, v) === boundaryOf(nodes, w)
  );
}

/**
 * The seams inside node x (aligned with node `other`): places, at least minWords words from x's ends,
 * where another node of x's document ends (piece 1) within SEAM tokens of where a third begins
 * (piece 2), at a paragraph break of x's text, and the two pieces are repeated separately — piece
 * 1's copy elsewhere does not run on into piece 2, and piece 2's copy does not follow on from
 * piece 1. A piece that ends (or begins) at a paragraph break with no other piece near is a seam
 * too when its copy parts from x's text there: a paper that printed the story with a paragraph
 * left out, whose pieces end and begin a paragraph apart. An edited copy aligned in pieces (an
 * edit, or seeds that went to another centre) runs on past its pieces' ends, so it makes no seam.
 * The break is required because a copy with a long insertion inside a paragraph (a foreign
 * sentence, 27 tokens, in one of the 1,000 bench files) looks the same otherwise: its two halves
 * are "repeated separately" by that one copy, and cutting there would split one paragraph into two
 * clusters. Bounded work per node (MAX_LOOK places, PER_RUN nodes at each, MAX_CHECKS pairs of
 * pieces).
 */
export function seamsOf(
  nodes: PassageNodes,
  x: number,
  other: number,
  bounds: NodeBounds,
  fps: readonly (Fingerprints | undefined)[],
  minWords: number,
): Seam[] {
  const d = nodes.doc[x] ?? 0;
  const s = nodes.start[x] ?? 0;
  const t = nodes.end[x] ?? 0;
  // minWords in x's tokens (a Thai letter, a Chinese character is a token: words-per-token.ts).
  const least = tokensIn(minWords, fps[d]?.tokensPerWord);
  if (t - s < 2 * least) return [];
  const ends: number[] = [];
  const starts: number[] = [];
  const { order, nextRun, partner } = bounds;
  let i = lowerBound(nodes, order, d, s + least);
  for (let runs = 0; i < order.length && runs < MAX_LOOK; runs++) {
    const first = order[i] ?? 0;
    if (nodes.doc[first >>> 1] !== d || boundaryOf(nodes, first) > t - least) break;
    const next = nextRun[i] ?? order.length;
    for (let taken = 0; i < next && taken < PER_RUN; i++) {
      const v = order[i] ?? 0;
      const y = v >>> 1;
      if (y === x || y === other || (partner[y] ?? -1) < 0) continue;
      (v & 1 ? ends : starts).push(y);
      taken++;
    }
    i = next;
  }
  const seams: Seam[] = [];
  // A lone end or a lone start is a seam too (see below): a paper that cut the story's last
  // paragraph leaves pieces ending inside x and none beginning there.
  if (ends.length === 0 && starts.length === 0) return seams;
  const fx = fps[d];
  if (!fx) return seams;
  let checks = 0;
  // The start of the first piece near `end` that meets one of the pieces ending there at a seam.
  const seamAt = (pieces: readonly number[], near: readonly number[]): number | undefined => {
    for (const y1 of pieces)
      for (const y2 of near) {
        if (y2 === y1 || checks++ >= MAX_CHECKS) continue;
        const next = nodes.start[y2] ?? 0;
        const end = nodes.end[y1] ?? 0;
        if (
          !runsOn(nodes, partner, fps, fx, y1, next, t) &&
          !followsOn(nodes, partner, fps, fx, y2, end, s)
        )
          return next;
      }
    return undefined;
  };
  // Whether one of `pieces` (edges at `at`) parts from x's text there, at a paragraph break: a
  // seam with no next piece near it (a paper that left out what comes after or before).
  const parts = (pieces: readonly number[], at: number, apart: (y: number) => boolean): boolean => {
    if (!breakBetween(fx.flags, at, at, s, t)) return false;
    for (const y of pieces) if (checks++ < MAX_CHECKS && apart(y)) return true;
    return false;
  };
  // Ends come in order of position: each place once, its pieces against the starts near it.
  for (let k = 0; k < ends.length && checks < MAX_CHECKS;) {
    const end = nodes.end[ends[k] ?? 0] ?? 0;
    let k2 = k;
    while (k2 < ends.length && nodes.end[ends[k2] ?? 0] === end) k2++;
    const near = starts.filter((y2) => {
      const next = nodes.start[y2] ?? 0;
      const [lo, hi] = next < end ? [next, end] : [end, next];
      return hi - lo <= SEAM && breakBetween(fx.flags, lo, hi, s, t);
    });
    const next = near.length > 0 ? seamAt(ends.slice(k, k2), near) : undefined;
    if (next !== undefined) seams.push({ end, next });
    else if (parts(ends.slice(k, k2), end, (y) => !runsOn(nodes, partner, fps, fx, y, end, t)))
      seams.push({ end, next: end });
    k = k2;
  }
  // A piece that begins at a paragraph break where its copies do not follow on from what comes
  // before it here: the papers that printed it left out what comes before (the mirror of the
  // lone end above).
  for (const y2 of starts) {
    if (checks >= MAX_CHECKS) break;
    const at = nodes.start[y2] ?? 0;
    if (seams.some((z) => Math.abs(z.next - at) <= SEAM || Math.abs(z.end - at) <= SEAM)) continue;
    if (parts([y2], at, (y) => !followsOn(nodes, partner, fps, fx, y, at, s)))
      seams.push({ end: at, next: at });
  }
  return seams.sort((p, q) => p.end - q.end);
}

// Does piece y1's copy (its partner) run on as x's text does past y1's end, over what lies
// between the pieces and WINDOW tokens of the next piece (which starts at `next`)? Then y1 ends
// where an alignment stopped (an edit, seeds that went elsewhere), not where copies part.
function runsOn(
  nodes: PassageNodes,
  partner: Int32Array,
  fps: readonly (Fingerprints | undefined)[],
  fx: Fingerprints,
  y1: number,
  next: number,
  t: number,
): boolean {
  const z = partner[y1] ?? -1;
  const fz = fps[nodes.doc[z] ?? 0];
  if (z < 0 || !fz) return true;
  const at = nodes.end[y1] ?? 0;
  const until = Math.min(t, Math.max(at, next) + WINDOW);
  const from = nodes.end[z] ?? 0;
  const zUntil = Math.min(fz.hashes.length, from + (until - at) + SEAM);
  const matches = countMatches(fx.hashes, at, until, fz.hashes, from, zUntil);
  return matches >= goesOn(until - Math.max(at, next));
}

// Does piece y2's copy follow on from x's text before y2's start, over what lies between the
// pieces and WINDOW tokens of the piece before (which ends at `end`)? The mirror of runsOn.
function followsOn(
  nodes: PassageNodes,
  partner: Int32Array,
  fps: readonly (Fingerprints | undefined)[],
  fx: Fingerprints,
  y2: number,
  end: number,
  s: number,
): boolean {
  const z = partner[y2] ?? -1;
  const fz = fps[nodes.doc[z] ?? 0];
  if (z < 0 || !fz) return true;
  const at = nodes.start[y2] ?? 0;
  const from = Math.max(s, Math.min(at, end) - WINDOW);
  const zAt = nodes.start[z] ?? 0;
  const zFrom = Math.max(0, zAt - (at - from) - SEAM);
  const matches = countMatches(fx.hashes, from, at, fz.hashes, zFrom, zAt);
  return matches >= goesOn(Math.min(at, end) - from);
}

// GOES_ON of WINDOW, scaled to a window cut short by x's end (a minWords below WINDOW).
function goesOn(window: number): number {
  return Math.max(1, Math.ceil((GOES_ON * Math.min(WINDOW, window)) / WINDOW));
}

// A paragraph break in x's text where one piece ends and the next begins (within SLACK tokens
// of the pieces' edges, which are trimmed to clause edges).
function breakBetween(flags: Uint8Array, lo: number, hi: number, s: number, t: number): boolean {
  for (let u = Math.max(s, lo - 1 - SLACK); u <= Math.min(t - 2, hi - 1 + SLACK); u++)
    if (((flags[u] ?? 0) & PARAGRAPH_AFTER) !== 0) return true;
  return false;
}

function boundaryOf(nodes: PassageNodes, v: number): number {
  return (v & 1 ? nodes.end[v >>> 1] : nodes.start[v >>> 1]) ?? 0;
}

// The first place in `order` whose boundary is at or after position p of document d.
function lowerBound(nodes: PassageNodes, order: Uint32Array, d: number, p: number): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = order[mid] ?? 0;
    const dm = nodes.doc[v >>> 1] ?? 0;
    if (dm < d || (dm === d && boundaryOf(nodes, v) < p)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
