import { chainSeeds } from './chain';
import { type Fingerprints, GRAM_TERMS } from './fingerprint';
import { type SeedGroups, groupSeeds } from './group-seeds';
import type { ResolvedEchoOptions } from './options';
import { type RankedEcho, pairEchoes } from './pair-echoes';
import { SeedList, collectSeeds } from './seeds';
import { type SortedMarks, lowerBound } from './sorted-marks';

/** Progress of a scan: document pairs examined so far out of all candidate pairs. */
export interface PairProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * The archive-wide scan as a generator that yields its progress between document pairs, so one
 * caller can run it straight through and another (a worker) can pause, report and cancel.
 */
export function* scanSteps(
  ids: readonly string[],
  fps: readonly (Fingerprints | undefined)[],
  marks: SortedMarks,
  options: ResolvedEchoOptions,
  onPairFailed?: (a: string, b: string, error: unknown) => void,
): Generator<PairProgress, RankedEcho[]> {
  const seeds = collectSeeds(
    marks.hashes,
    marks.docs,
    marks.positions,
    options.maxDocFrequency,
    options.within,
  );
  const groups = groupSeeds(seeds, LONE_SEED_MAX_DF);
  const total = groups.bounds.length - 1;
  const found: RankedEcho[] = [];
  for (let g = 0; g < total; g++) {
    const from = groups.bounds[g] ?? 0;
    const to = groups.bounds[g + 1] ?? 0;
    const da = groups.docA[from] ?? 0;
    const db = groups.docB[from] ?? 0;
    const fa = fps[da];
    const fb = fps[db];
    const a = { id: ids[da] ?? '', fp: fa };
    const b = { id: ids[db] ?? '', fp: fb };
    try {
      if (fa && fb && worthExtending(groups, from, to, fa, fb)) {
        const chains = chainSeeds(groups.posA, groups.posB, from, to);
        // A loop, not push(...): one pair can yield more echoes than a call may take arguments.
        for (const echo of pairEchoes({ ...a, fp: fa }, { ...b, fp: fb }, chains, options))
          found.push(echo);
      }
    } catch (error) {
      // One pair that cannot be aligned (damaged fingerprints, an engine bug on odd input) must
      // not cost the whole archive its scan: the caller hears which pair and goes on.
      if (!onPairFailed) throw error;
      onPairFailed(a.id, b.id, error);
    }
    yield { done: g + 1, total };
  }
  return found;
}

/** Above this document frequency a k-gram alone is not worth extending (stock phrase). */
export const LONE_SEED_MAX_DF = 3;

/**
 * A document pair whose only shared mark is a k-gram many documents contain: almost always a
 * stock phrase, and at archive scale these are most pairs, so they are not extended.
 */
export function lonelyCommonSeed(groups: SeedGroups, from: number, to: number): boolean {
  return to - from === 1 && (groups.df[from] ?? 0) > LONE_SEED_MAX_DF;
}

/** Whether a document pair's seeds deserve chaining and alignment (see the two rules below). */
export function worthExtending(
  groups: SeedGroups,
  from: number,
  to: number,
  fa: Fingerprints,
  fb: Fingerprints,
): boolean {
  if (to - from > 1) return true;
  if (lonelyCommonSeed(groups, from, to)) return false;
  return loneSeedWorthExtending(fa, fb, groups.posA[from] ?? 0, groups.posB[from] ?? 0);
}

/** Tokens either side of a lone seed that are checked for further matches. */
const LOOK = 8;

/**
 * A lone seed is worth extending only if a few more words around it match (on its diagonal or
 * one off, for an inserted or deleted word): a chance k-gram match has none, an echo has many.
 * Costs a few dozen comparisons instead of an alignment, for most candidate pairs of a scan.
 */
export function loneSeedWorthExtending(
  fa: Fingerprints,
  fb: Fingerprints,
  pa: number,
  pb: number,
): boolean {
  const ha = fa.hashes;
  const hb = fb.hashes;
  let matches = 0;
  for (let t = -LOOK; t < GRAM_TERMS + LOOK; t++) {
    if (t === 0) t = GRAM_TERMS;
    const x = ha[pa + t];
    if (x === undefined) continue;
    if (x === hb[pb + t] || x === hb[pb + t - 1] || x === hb[pb + t + 1]) matches++;
    if (matches >= 2) return true;
  }
  return false;
}

/**
 * Seeds between one new document (side a, number `self` is skipped in the index) and every
 * indexed document, found by binary search of its marks in the sorted index. No
 * document-frequency cap: every indexed document sharing a mark is paired, but linearly — the
 * first occurrence of each hash in the new document meets every entry, and each later occurrence
 * only each document's first entry, so a word repeated 100,000 times on both sides costs two
 * runs, not their product.
 */
export function querySeeds(fp: Fingerprints, marks: SortedMarks, self: number): SeedList {
  const seeds = new SeedList();
  // Per hash: where its run starts and ends, and the first entry of each document in it.
  const runs = new Map<number, { from: number; to: number; firsts: number[] }>();
  for (let m = 0; m < fp.marks.length; m++) {
    const hash = fp.marks[m] ?? 0;
    const pos = fp.markPositions[m] ?? 0;
    let run = runs.get(hash);
    const first = run === undefined;
    if (!run) {
      const from = lowerBound(marks.hashes, hash);
      let to = from;
      const firsts: number[] = [];
      for (; to < marks.hashes.length && marks.hashes[to] === hash; to++)
        if (to === from || marks.docs[to] !== marks.docs[to - 1]) firsts.push(to);
      run = { from, to, firsts };
      runs.set(hash, run);
    }
    const df = run.firsts.length;
    const push = (e: number): void => {
      const doc = marks.docs[e] ?? 0;
      if (doc !== self) seeds.push(0, pos, doc, marks.positions[e] ?? 0, df);
    };
    if (first) for (let e = run.from; e < run.to; e++) push(e);
    else for (const e of run.firsts) push(e);
  }
  return seeds;
}
