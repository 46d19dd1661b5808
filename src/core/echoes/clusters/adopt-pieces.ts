import { countMatches } from '../extend';
import type { Fingerprints } from '../fingerprint';
import { matchedWords } from '../../text/words-per-token';
import type { TokenPassage } from './component-passages';
import { fitPiece } from './fit-piece';
import type { CopyGroup } from './pick-copies';

/**
 * Tokens between a piece and a copy of one document that still count as one copy: an edit and
 * the k − 1 tokens around it that carry no shared mark (the alignment's reach past its seeds).
 */
const GAP = 8;
/** Share of a piece that must lie inside a copy for the piece to be that copy found again. */
const INSIDE = 0.5;
/** Share of a piece's tokens that must match the representative for a copy to grow over it. */
const GROW = 0.5;
/**
 * Tokens between a piece and a copy that a piece which itself matches the representative may
 * bridge: an edit shared by a few copies splits theirs into three clusters (start, the edited
 * stretch, end), and the start and end are adopted across it.
 */
const WIDE = 3 * GAP;
/** Passages of one document looked at per lookup: bounds the cost of a file of 1,000 repeats. */
const MAX_PER_DOC = 64;

interface Member {
  passage: TokenPassage;
  similarity: number;
  matches: number;
  gone: boolean;
  readonly group: number;
}

interface Group {
  rep: Member;
  copies: Member[];
  /**
   * The representative and copies by document, built when the group first hosts a piece and
   * kept while it does (dropped when its own passages change): a piece looks up its document's
   * copies, not all of them — a host of 3,000 copies would cost 3,000 a piece.
   */
  docs?: Map<number, Member[]> | undefined;
  alive: boolean;
  readonly size: number;
  readonly strength: number;
}

/** Thresholds a copy must pass against its representative. */
export interface CopyThresholds {
  readonly minSimilarity: number;
  readonly minWords: number;
}

/**
 * Fold small clusters that are pieces of a bigger one's copies into it. Star seeds give each
 * k-gram one centre, so an edited copy's stretch between two edits can be aligned through
 * another centre than the rest of it and come back as a cluster of pieces (the start or end of
 * several copies) beside the cluster of whole copies. A smaller group whose passages lie in or
 * next to (GAP) the copies of a bigger group in the same documents is adopted by it: a piece
 * inside a copy disappears, a piece that extends a copy grows it when the copy then matches the
 * representative better, and a piece in a document the bigger group has no copy in is fitted
 * into the representative, projected to the whole copy around it, and accepted as a copy if that
 * passes the thresholds. What cannot be adopted stays a group of its own (re-centred if its
 * representative was adopted). Linear in passages (bounded work per document and per piece).
 */
export function adoptPieces(
  groups: readonly CopyGroup[],
  fps: readonly (Fingerprints | undefined)[],
  thresholds: CopyThresholds,
): CopyGroup[] {
  const all: Group[] = groups.map((g, n) => ({
    rep: member(g.representative, 1, g.representative.end - g.representative.start, n),
    copies: g.copies.map((c) => member(c.passage, c.similarity, c.matches, n)),
    alive: true,
    size: g.copies.length + 1,
    strength: g.copies.reduce((s, c) => s + c.matches, 0),
  }));
  const byDoc = new Map<number, Member[]>();
  const index = (m: Member): void => {
    const list = byDoc.get(m.passage.doc);
    if (list) list.push(m);
    else byDoc.set(m.passage.doc, [m]);
  };
  for (const g of all) for (const m of [g.rep, ...g.copies]) index(m);
  const order = all.map((_, n) => n);
  order.sort((x, y) => rankKey(all, x, y));
  const rank = new Int32Array(all.length);
  order.forEach((g, r) => (rank[g] = r));
  // Twice: a piece a copy did not reach at first (an edit shared by a few copies between it and
  // the copy) lies inside the copy once another piece has grown it.
  for (let pass = 0; pass < 2; pass++)
    for (const n of order) {
      const g = all[n] as Group;
      if (!g.alive) continue;
      const host = pickHost(g, n, all, byDoc, rank);
      if (host >= 0) adoptInto(g, all[host] as Group, fps, thresholds, index);
    }
  return all
    .filter((g) => g.alive && g.copies.length > 0)
    .map((g) => ({
      representative: g.rep.passage,
      copies: g.copies.map((c) => ({
        passage: c.passage,
        similarity: c.similarity,
        matches: c.matches,
      })),
    }));
}

function member(passage: TokenPassage, similarity: number, matches: number, group: number): Member {
  return { passage, similarity, matches, gone: false, group };
}

// Smaller groups first (fewer passages, then weaker): each can only be adopted by a later one.
function rankKey(all: readonly Group[], x: number, y: number): number {
  const a = all[x] as Group;
  const b = all[y] as Group;
  return a.size - b.size || a.strength - b.strength || x - y;
}

const near = (p: TokenPassage, q: TokenPassage, gap = GAP): boolean =>
  q.start <= p.end + gap && p.start <= q.end + gap;

// The later-ranked live group with the most of g's passages in or next to its copies.
function pickHost(
  g: Group,
  n: number,
  all: readonly Group[],
  byDoc: ReadonlyMap<number, Member[]>,
  rank: Int32Array,
): number {
  const votes = new Map<number, number>();
  for (const p of [g.rep, ...g.copies]) {
    const seen = new Set<number>();
    for (const q of (byDoc.get(p.passage.doc) ?? []).slice(0, MAX_PER_DOC)) {
      const other = all[q.group] as Group;
      if (q.group === n || q.gone || !other.alive || (rank[q.group] ?? 0) <= (rank[n] ?? 0))
        continue;
      if (seen.has(q.group) || !near(p.passage, q.passage)) continue;
      seen.add(q.group);
      votes.set(q.group, (votes.get(q.group) ?? 0) + 1);
    }
  }
  let host = -1;
  let best = 0;
  for (const [h, v] of votes) if (v > best || (v === best && h < host)) [host, best] = [h, v];
  return host;
}

function adoptInto(
  g: Group,
  host: Group,
  fps: readonly (Fingerprints | undefined)[],
  thresholds: CopyThresholds,
  index: (m: Member) => void,
): void {
  const repFp = fps[host.rep.passage.doc];
  if (!repFp) return;
  const left: Member[] = [];
  for (const p of [g.rep, ...g.copies]) {
    const fp = fps[p.passage.doc];
    const absorbed = fp ? absorb(p.passage, host, repFp, fp, thresholds, index) : false;
    if (absorbed) p.gone = true;
    else left.push(p);
  }
  if (left.length === 0) {
    g.alive = false;
    return;
  }
  if (left.length === g.copies.length + 1) return;
  g.docs = undefined;
  if (!g.rep.gone) {
    g.copies = left.filter((m) => m !== g.rep);
    return;
  }
  recentre(g, left, fps, thresholds);
}

// A piece of a host copy, or a copy the host lacked: true when the host now covers it.
function absorb(
  p: TokenPassage,
  host: Group,
  repFp: Fingerprints,
  fp: Fingerprints,
  thresholds: CopyThresholds,
  index: (m: Member) => void,
): boolean {
  const rep = host.rep.passage;
  const mine = membersIn(host, p.doc).filter((m) => !m.gone);
  const q = mine.find((m) => near(p, m.passage, WIDE));
  if (q) {
    // Mostly inside the copy: the same words, found twice.
    const inside =
      Math.min(p.end, q.passage.end) - Math.max(p.start, q.passage.start) >=
      INSIDE * (p.end - p.start);
    if (q.passage.start <= p.start && p.end <= q.passage.end) return true;
    if (q === host.rep) return inside;
    const start = Math.min(p.start, q.passage.start);
    const end = Math.max(p.end, q.passage.end);
    const clash = mine.some((m) => m !== q && m.passage.start < end && start < m.passage.end);
    if (clash) return inside;
    // A piece whose words are mostly not in the representative is a neighbouring text, not more
    // of this copy (counted by fitting it in: the banded count drifts on a partial copy).
    const own = fitPiece(repFp.hashes, rep.start, rep.end, fp.hashes, p.start, p.end);
    if ((own?.matches ?? 0) < GROW * (p.end - p.start)) return inside;
    const matches =
      fitPiece(repFp.hashes, rep.start, rep.end, fp.hashes, start, end)?.matches ??
      countMatches(repFp.hashes, rep.start, rep.end, fp.hashes, start, end);
    q.passage = { ...q.passage, start, end };
    q.matches = matches;
    q.similarity = (2 * matches) / (rep.end - rep.start + end - start);
    return true;
  }
  if (mine.length > 0) return false;
  const fit = fitPiece(repFp.hashes, rep.start, rep.end, fp.hashes, p.start, p.end);
  if (!fit) return false;
  // The whole copy around the piece: as much before and after it as the representative has.
  const start = Math.max(0, fit.p0 - (fit.r0 - rep.start));
  const end = Math.min(fp.hashes.length, fit.p1 + 1 + (rep.end - 1 - fit.r1));
  const matches = countMatches(repFp.hashes, rep.start, rep.end, fp.hashes, start, end);
  const similarity = (2 * matches) / (rep.end - rep.start + end - start);
  if (
    similarity < thresholds.minSimilarity ||
    matchedWords(matches, repFp, fp) < thresholds.minWords
  )
    return false;
  const copy = member({ ...p, start, end }, similarity, matches, host.rep.group);
  host.copies.push(copy);
  membersIn(host, p.doc).push(copy);
  index(copy);
  return true;
}

// The host's representative and copies in one document, in that order.
function membersIn(host: Group, doc: number): Member[] {
  if (!host.docs) {
    host.docs = new Map();
    for (const m of [host.rep, ...host.copies]) {
      const list = host.docs.get(m.passage.doc);
      if (list) list.push(m);
      else host.docs.set(m.passage.doc, [m]);
    }
  }
  let list = host.docs.get(doc);
  if (!list) host.docs.set(doc, (list = []));
  return list;
}

// The representative was adopted: the rest, if two or more, gather round the longest of them.
function recentre(
  g: Group,
  left: readonly Member[],
  fps: readonly (Fingerprints | undefined)[],
  thresholds: CopyThresholds,
): void {
  let rep = left[0] as Member;
  for (const m of left)
    if (m.passage.end - m.passage.start > rep.passage.end - rep.passage.start) rep = m;
  const repFp = fps[rep.passage.doc];
  const r = rep.passage;
  g.rep = rep;
  g.copies = [];
  for (const m of left) {
    const fp = fps[m.passage.doc];
    if (m === rep || !repFp || !fp) continue;
    const { start, end } = m.passage;
    const matches = countMatches(repFp.hashes, r.start, r.end, fp.hashes, start, end);
    const similarity = (2 * matches) / (r.end - r.start + end - start);
    if (
      similarity < thresholds.minSimilarity ||
      matchedWords(matches, repFp, fp) < thresholds.minWords
    )
      continue;
    m.matches = matches;
    m.similarity = similarity;
    g.copies.push(m);
  }
  rep.similarity = 1;
  if (g.copies.length === 0) g.alive = false;
}
