import { GRAM_TERMS } from '../fingerprint';
import { EDGE_SLACK } from '../regions';
import type { FlatHashes } from './flat-hashes';

/** Tokens either side of a lone seed that are checked for further matches (as scan-steps). */
export const LOOK = 8;
/**
 * How far, in tokens, an alignment may run past its outermost shared marks. Winnowing guarantees
 * a shared mark in every exact run of w + k − 1 = 7 tokens, so a copy rarely ends further than
 * that past its seeds (plus an edit or two); a longer reach only lets back-to-back copies run into
 * each other, and costs time on degenerate text (one word repeated) where every alignment could
 * run to the end.
 */
export const REACH = 8;
/** Tokens before a lone seed's k-gram, and from its start on, that its region can cover. */
export const SPAN_BEFORE = REACH + EDGE_SLACK;
/** As SPAN_BEFORE. */
export const SPAN_AFTER = GRAM_TERMS + REACH + EDGE_SLACK;
/** Lone seeds whose tokens are fetched together before any is checked. */
const BATCH = 32;

/** Seeds as parallel arrays (a SeedList or SeedGroups). */
export interface SeedArrays {
  readonly docA: Uint32Array;
  readonly posA: Uint32Array;
  readonly docB: Uint32Array;
  readonly posB: Uint32Array;
}

/**
 * Set `pass[s]` to 1 for each seed s of `order` that, alone for its document pair, could still
 * give a passing region (loneSeedPasses). Each check reads two documents at random places, so the
 * checks are made a batch at a time: first every seed's words are touched (independent reads,
 * whose cache misses the processor overlaps), then checked — not one miss after another.
 */
export function passLoneSeeds(
  flat: FlatHashes,
  seeds: SeedArrays,
  order: Uint32Array,
  minWords: number,
  pass: Uint8Array,
): void {
  // Where an archive keeps its words in WebAssembly, its seeds are checked there (the same
  // steps, lone-seeds.ts); JavaScript checks only those with a document kept elsewhere.
  const kernel = flat.kernel;
  const slab = kernel ? flat.slabs.findIndex((s) => s.buffer === kernel.buffer) : -1;
  const rest = kernel && slab >= 0 ? kernel.check(flat, slab, seeds, order, minWords, pass) : order;
  const { docA, docB, posA, posB } = seeds;
  for (let k0 = 0; k0 < rest.length; k0 += BATCH) {
    const k1 = Math.min(rest.length, k0 + BATCH);
    for (let k = k0; k < k1; k++) {
      const s = rest[k] ?? 0;
      touch(flat, docA[s] ?? 0, posA[s] ?? 0, docB[s] ?? 0, posB[s] ?? 0);
    }
    for (let k = k0; k < k1; k++) {
      const s = rest[k] ?? 0;
      if (loneWorth(flat, docA[s] ?? 0, posA[s] ?? 0, docB[s] ?? 0, posB[s] ?? 0, minWords))
        pass[s] = 1;
    }
  }
}

/** Keeps the batches' touched words somewhere, so the reads that fetch them are not dropped. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- written, never read, on purpose
let sink = 0;

// The slab holding document d's token hashes (its words start at flat.offsetOf[d]).
function slabOf(flat: FlatHashes, d: number): Uint32Array | undefined {
  return flat.slabs[flat.slabOf[d] ?? 0];
}

// Read the first and last word of both sides' windows around a seed (brings their lines in).
function touch(flat: FlatHashes, da: number, pa: number, db: number, pb: number): void {
  const ha = slabOf(flat, da);
  const hb = slabOf(flat, db);
  if (!ha || !hb) return;
  const oa = (flat.offsetOf[da] ?? 0) + pa;
  const ob = (flat.offsetOf[db] ?? 0) + pb;
  sink ^=
    (ha[Math.max(0, oa - LOOK)] ?? 0) ^
    (ha[oa + GRAM_TERMS + LOOK] ?? 0) ^
    (hb[Math.max(0, ob - LOOK - 1)] ?? 0) ^
    (hb[ob + GRAM_TERMS + LOOK] ?? 0);
}

// Whether a lone seed's region could pass: scan-steps' loneSeedWorthExtending (two more matches
// around it), then enough words on side a that occur on side b within reach to make minWords
// aligned matches.
function loneWorth(
  flat: FlatHashes,
  da: number,
  pa: number,
  db: number,
  pb: number,
  minWords: number,
): boolean {
  return twoAround(flat, da, pa, db, pb) && mayAlignEnough(flat, da, pa, db, pb, minWords);
}

// loneSeedWorthExtending on the flat hashes: two matches around the seed, on its diagonal or one off.
function twoAround(flat: FlatHashes, da: number, pa: number, db: number, pb: number): boolean {
  const ha = slabOf(flat, da);
  const hb = slabOf(flat, db);
  if (!ha || !hb) return false;
  const oa = flat.offsetOf[da] ?? 0;
  const ob = flat.offsetOf[db] ?? 0;
  const na = flat.lengthOf[da] ?? 0;
  const nb = flat.lengthOf[db] ?? 0;
  let matches = 0;
  for (let t = -LOOK; t < GRAM_TERMS + LOOK; t++) {
    if (t === 0) t = GRAM_TERMS;
    const ia = pa + t;
    if (ia < 0 || ia >= na) continue;
    const x = ha[oa + ia] ?? 0;
    const ib = pb + t;
    const same =
      (ib >= 0 && ib < nb && x === hb[ob + ib]) ||
      (ib - 1 >= 0 && ib - 1 < nb && x === hb[ob + ib - 1]) ||
      (ib + 1 >= 0 && ib + 1 < nb && x === hb[ob + ib + 1]);
    if (same && ++matches >= 2) return true;
  }
  return false;
}

// Side b's words within reach of a seed, and a row of the LCS table over them (reused).
const near = new Uint32Array(SPAN_BEFORE + SPAN_AFTER);
const row = new Int32Array(SPAN_BEFORE + SPAN_AFTER + 1);

/**
 * A region grown from one seed lies within SPAN_BEFORE / SPAN_AFTER of it on both sides, and its
 * matches (countMatches: a banded longest common subsequence) can be no more than the longest
 * common subsequence of those two spans: unless that reaches `minWords`, the region cannot pass.
 * Counted in tokens, the least a passing region's matches can be: a region must match minWords
 * words, and a word is at least a token (words-per-token.ts: ~3 in Thai), so this check (and the
 * WebAssembly one, text/assembly/lone-seeds.ts) may let a Thai seed through, never drop one.
 * About 700 table cells on words already in the cache, against an alignment that reads both
 * documents' flags and hashes again.
 */
function mayAlignEnough(
  flat: FlatHashes,
  da: number,
  pa: number,
  db: number,
  pb: number,
  minWords: number,
): boolean {
  const ha = slabOf(flat, da);
  const hb = slabOf(flat, db);
  if (!ha || !hb) return false;
  const oa = flat.offsetOf[da] ?? 0;
  const ob = flat.offsetOf[db] ?? 0;
  const b0 = Math.max(0, pb - SPAN_BEFORE);
  const m = Math.min(flat.lengthOf[db] ?? 0, pb + SPAN_AFTER) - b0;
  for (let j = 0; j < m; j++) near[j] = hb[ob + b0 + j] ?? 0;
  row.fill(0, 0, m + 1);
  const a0 = Math.max(0, pa - SPAN_BEFORE);
  const a1 = Math.min(flat.lengthOf[da] ?? 0, pa + SPAN_AFTER);
  for (let i = a0; i < a1; i++) {
    const x = ha[oa + i] ?? 0;
    // row[j] holds LCS(a[a0, i), b[b0, b0 + j)); `diag` the previous row's row[j − 1].
    let diag = 0;
    for (let j = 1; j <= m; j++) {
      const up = row[j] ?? 0;
      const left = row[j - 1] ?? 0;
      row[j] = near[j - 1] === x ? diag + 1 : up > left ? up : left;
      diag = up;
    }
  }
  return (row[m] ?? 0) >= minWords;
}
