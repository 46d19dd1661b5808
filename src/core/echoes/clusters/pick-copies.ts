import { countMatches } from '../extend';
import type { Fingerprints } from '../fingerprint';
import type { TokenPassage } from './component-passages';

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
 * unlike it (below `minSimilarity`, or fewer than `minWords` matching tokens; reachable only
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
    const copies: CopyGroup['copies'][number][] = [];
    const rest: TokenPassage[] = [];
    for (const p of left) {
      if (p === rep) continue;
      const fp = fps[p.doc];
      const matches = fp
        ? countMatches(repFp.hashes, rep.start, rep.end, fp.hashes, p.start, p.end)
        : 0;
      const similarity = (2 * matches) / (rep.end - rep.start + p.end - p.start);
      if (similarity >= minSimilarity && matches >= minWords)
        copies.push({ passage: p, similarity, matches });
      else rest.push(p);
    }
    if (copies.length > 0) groups.push({ representative: rep, copies });
    left = rest;
  }
  return groups;
}

function strongest(passages: readonly TokenPassage[]): TokenPassage {
  let best = passages[0] as TokenPassage;
  for (const p of passages) {
    const longer = p.end - p.start > best.end - best.start;
    if (p.weight > best.weight || (p.weight === best.weight && longer)) best = p;
  }
  return best;
}
