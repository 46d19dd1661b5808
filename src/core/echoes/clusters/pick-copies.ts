import { countMatches } from '../extend';
import type { Fingerprints } from '../fingerprint';
import type { TokenPassage } from './component-passages';
import { matchedWords } from '../../text/words-per-token';

/** A representative and the passages aligned to it, with each one's similarity and matches. */
export interface CopyGroup {
  readonly representative: TokenPassage;
  readonly copies: readonly { passage: TokenPassage; similarity: number; matches: number }[];
}

/** Rounds of picking a new representative for the passages the last one did not accept. */
const ROUNDS = 3;

/**
 * Split a component's passages into groups around representatives: the passage that absorbed
 * the most alignments (then the longest, then the first) is the representative, and each other
 * passage is aligned to it once (banded, linear in its length) — never all pairs. Passages too
 * unlike it (below `minSimilarity`, or fewer than `minWords` matching words; reachable only
 * through a chain of other copies) try again around a new representative, a few rounds at most.
 */
export function pickCopies(
  passages: readonly TokenPassage[],
  fps: readonly (Fingerprints | undefined)[],
  minSimilarity: number,
  minWords: number,
): CopyGroup[] {
  const groups: CopyGroup[] = [];
  let left = passages;
  for (let round = 0; round < ROUNDS && left.length >= 2; round++) {
    const rep = strongest(left);
    const repFp = fps[rep.doc];
    if (!repFp) break;
    const copies: { passage: TokenPassage; similarity: number; matches: number }[] = [];
    const rest: TokenPassage[] = [];
    for (const p of left) {
      if (p === rep) continue;
      const copy = scored(rep, repFp, p, fps);
      if (copy.similarity >= minSimilarity && copyWords(copy, repFp, fps) >= minWords)
        copies.push(copy);
      else rest.push(p);
    }
    const unabsorbed = absorbPieces(copies, rest, repFp, rep, fps);
    if (copies.length > 0)
      groups.push(
        typicalRepresentative({ representative: rep, copies }, fps, minSimilarity, minWords),
      );
    left = unabsorbed;
  }
  return groups;
}

// The words a copy matches its representative with (words-per-token.ts: a Thai letter is a token).
function copyWords(
  copy: { readonly passage: TokenPassage; readonly matches: number },
  repFp: Fingerprints,
  fps: readonly (Fingerprints | undefined)[],
): number {
  return matchedWords(copy.matches, repFp, fps[copy.passage.doc]);
}

/** Tokens between two pieces of one copy that still count as touching. */
const TOUCH = 3;

/**
 * Pieces the representative rejected that touch or overlap an accepted copy in the same document
 * are parts of that copy (an alignment that stopped at an edit, or ran past a neighbouring
 * paragraph): the copy grows over them and is re-scored, instead of the pieces forming clusters
 * of their own. Returns the pieces that touch no accepted copy.
 */
function absorbPieces(
  copies: { passage: TokenPassage; similarity: number; matches: number }[],
  rest: readonly TokenPassage[],
  repFp: Fingerprints,
  rep: TokenPassage,
  fps: readonly (Fingerprints | undefined)[],
): TokenPassage[] {
  const byDoc = new Map<number, number[]>();
  copies.forEach((c, i) => {
    const list = byDoc.get(c.passage.doc);
    if (list) list.push(i);
    else byDoc.set(c.passage.doc, [i]);
  });
  const grown = new Set<number>();
  const left: TokenPassage[] = [];
  for (const p of rest) {
    const hit = (byDoc.get(p.doc) ?? []).find((i) => {
      const q = copies[i]?.passage;
      return !!q && p.start <= q.end + TOUCH && q.start <= p.end + TOUCH;
    });
    const copy = hit === undefined ? undefined : copies[hit];
    if (hit === undefined || !copy) {
      left.push(p);
      continue;
    }
    const q = copy.passage;
    copy.passage = { ...q, start: Math.min(q.start, p.start), end: Math.max(q.end, p.end) };
    grown.add(hit);
  }
  for (const i of grown) {
    const c = copies[i];
    const fp = c && fps[c.passage.doc];
    if (!c || !fp) continue;
    const { start, end } = c.passage;
    c.matches = countMatches(repFp.hashes, rep.start, rep.end, fp.hashes, start, end);
    c.similarity = (2 * c.matches) / (rep.end - rep.start + end - start);
  }
  return left;
}

/**
 * The group around its most typical copy. The representative is the star's centre, which every
 * copy was aligned with; but the centre is chosen for the whole document (most paragraphs), and
 * may be an odd copy — a 6 MB transcript holding the quote once, with a speaker's name and a
 * timestamp where every paper printed "He continued:" (q19), so that each copy of the collation
 * showed those words as changed. The copy of median length is tried instead: every member is
 * aligned with it once (linear), and it is kept only when every member still passes and the
 * copies are more like it than like the centre (a higher sum of similarities). Identical copies
 * around a plain centre tie, and keep it.
 */
function typicalRepresentative(
  group: CopyGroup,
  fps: readonly (Fingerprints | undefined)[],
  minSimilarity: number,
  minWords: number,
): CopyGroup {
  const { representative: rep, copies } = group;
  // The copy of median length (the most like the centre among those): most papers' wording.
  const byLength = [...copies].sort(
    (x, y) =>
      x.passage.end - x.passage.start - (y.passage.end - y.passage.start) ||
      y.similarity - x.similarity,
  );
  const candidate = byLength[Math.floor(byLength.length / 2)]?.passage;
  const fc = candidate && fps[candidate.doc];
  if (!candidate || !fc || copies.length < 2) return group;
  const realigned: { passage: TokenPassage; similarity: number; matches: number }[] = [];
  let total = 0;
  for (const p of [rep, ...copies.map((c) => c.passage)]) {
    if (p === candidate) continue;
    const copy = scored(candidate, fc, p, fps);
    if (copy.similarity < minSimilarity || copyWords(copy, fc, fps) < minWords) return group;
    realigned.push(copy);
    total += copy.similarity;
  }
  const before = copies.reduce((sum, c) => sum + c.similarity, 0);
  return total > before ? { representative: candidate, copies: realigned } : group;
}

// Passage p aligned once (banded, linear) with the representative rep: its matching tokens and
// its similarity to rep.
function scored(
  rep: TokenPassage,
  repFp: Fingerprints,
  p: TokenPassage,
  fps: readonly (Fingerprints | undefined)[],
): { passage: TokenPassage; similarity: number; matches: number } {
  const fp = fps[p.doc];
  const matches = fp
    ? countMatches(repFp.hashes, rep.start, rep.end, fp.hashes, p.start, p.end)
    : 0;
  return {
    passage: p,
    matches,
    similarity: (2 * matches) / (rep.end - rep.start + p.end - p.start),
  };
}

function strongest(passages: readonly TokenPassage[]): TokenPassage {
  let best = passages[0] as TokenPassage;
  for (const p of passages) {
    const longer = p.end - p.start > best.end - best.start;
    if (p.weight > best.weight || (p.weight === best.weight && longer)) best = p;
  }
  return best;
}
