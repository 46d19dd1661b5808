import { PARAGRAPH_AFTER } from '../../text/token-flags';
import type { Fingerprints } from '../fingerprint';
import { SeedList } from '../seeds';
import type { DocTable } from './cluster-result';

/**
 * Why: every stage of the cluster search breaks ties by document number (a posting list's star
 * centre, the order pairs are aligned and joined, which copy is kept whole), and numbers were the
 * order documents were added — the CLI's file order, the app's random ids. The same texts then
 * gave 8 to 18 clusters as only their order changed. The search now numbers documents by their
 * content (paragraphs, words, a hash of them; equal texts by id), so its result is the one it
 * gives on the documents added in that order, whatever order they came in.
 */

/** A document's content key: a hash of its token hashes (its words as normalised). */
function contentKey(fp: Fingerprints | undefined): number {
  if (!fp) return 0xffffffff;
  const hashes = fp.hashes;
  let h = 0x9e3779b9 ^ hashes.length;
  for (let i = 0; i < hashes.length; i++) {
    h = Math.imul(h ^ (hashes[i] ?? 0), 0x01000193);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

/** Paragraphs (line breaks between its words, plus one) of a document. */
function paragraphsOf(fp: Fingerprints): number {
  const flags = fp.flags;
  let paragraphs = 1;
  for (let i = 0; i + 1 < flags.length; i++) if ((flags[i] ?? 0) & PARAGRAPH_AFTER) paragraphs++;
  return paragraphs;
}

/**
 * The canonical order of a search's documents: `order[n]` is the document (as added) numbered n.
 * Most paragraphs first, then fewest words, then by content key, then id; documents without
 * fingerprints come last. The lowest number becomes each posting list's centre, which every
 * other copy is aligned to, so the order is chosen for good centres: the seam cut parts two texts
 * another paper runs together only at a paragraph break (a paper that ran the quote and the £200m
 * paragraph into one, as the centre, joined their clusters), and of copies with as many
 * paragraphs the shorter is the likelier plain one (a copy with a sentence inserted, as the
 * centre, split every other copy at the insertion: two clusters where there is one).
 */
export function canonicalOrder(
  ids: readonly string[],
  fps: readonly (Fingerprints | undefined)[],
): Uint32Array {
  const n = ids.length;
  const keys = new Float64Array(n);
  const paragraphs = new Float64Array(n);
  for (let d = 0; d < n; d++) {
    const fp = fps[d];
    paragraphs[d] = fp ? paragraphsOf(fp) : -1;
    // Missing fingerprints sort after every key (2^32 > any 32-bit key).
    keys[d] = fp ? contentKey(fp) : 2 ** 32;
  }
  const order = Array.from({ length: n }, (_, d) => d);
  order.sort((a, b) => {
    const pa = paragraphs[a] ?? 0;
    const pb = paragraphs[b] ?? 0;
    if (pa !== pb) return pb - pa;
    const la = fps[a]?.hashes.length ?? 0;
    const lb = fps[b]?.hashes.length ?? 0;
    if (la !== lb) return la - lb;
    const ka = keys[a] ?? 0;
    const kb = keys[b] ?? 0;
    if (ka !== kb) return ka - kb;
    const ia = ids[a] ?? '';
    const ib = ids[b] ?? '';
    return ia < ib ? -1 : ia > ib ? 1 : a - b;
  });
  return Uint32Array.from(order);
}

/** The inverse of an order: `rank[d]` is the canonical number of document d. */
export function ranksOf(order: Uint32Array): Uint32Array {
  const rank = new Uint32Array(order.length);
  for (let n = 0; n < order.length; n++) rank[order[n] ?? 0] = n;
  return rank;
}

/** The table renumbered: document n of the result is document order[n] of `table`. */
export function reorderTable(table: DocTable, order: Uint32Array): DocTable {
  const pick = <T>(a: readonly T[]): T[] => Array.from(order, (d) => a[d] as T);
  const spans = table.spans;
  return {
    ids: pick(table.ids),
    fps: pick(table.fps),
    meta: pick(table.meta),
    given: Array.from(order, (d) => table.given?.[d] ?? d),
    ...(spans ? { spans: (doc: number) => spans(order[doc] ?? 0) } : {}),
    ...(table.loneSeeds ? { loneSeeds: table.loneSeeds } : {}),
  };
}

/**
 * Star seeds (collectStarSeeds, made with `within` on, so each run of one hash lists all its
 * entries) re-centred on each run's canonical centre — its entry of lowest rank, then earliest
 * position — and renumbered by rank. The same seeds as collectStarSeeds gives on the documents
 * numbered by rank. Without `within`, a document's own repeats are then left out.
 */
export function recentreSeeds(seeds: SeedList, rank: Uint32Array, within: boolean): SeedList {
  const { docA, docB, posA, posB, df } = seeds;
  const out = new SeedList();
  const n = seeds.count;
  let s = 0;
  while (s < n) {
    const c = docA[s] ?? 0;
    const pc = posA[s] ?? 0;
    // One run: the seeds of one centre entry (a position holds one k-gram, so one hash).
    let e = s + 1;
    while (e < n && docA[e] === c && posA[e] === pc) e++;
    // The canonical centre: -1 is the old centre, else the index of the seed whose B side it is.
    let best = -1;
    let bestRank = rank[c] ?? 0;
    let bestPos = pc;
    for (let x = s; x < e; x++) {
      const r = rank[docB[x] ?? 0] ?? 0;
      const p = posB[x] ?? 0;
      if (r < bestRank || (r === bestRank && p < bestPos)) {
        best = x;
        bestRank = r;
        bestPos = p;
      }
    }
    const f = df[s] ?? 0;
    const emit = (d: number, p: number): void => {
      const r = rank[d] ?? 0;
      if (r === bestRank && !within) return;
      out.push(bestRank, bestPos, r, p, f);
    };
    if (best !== -1) emit(c, pc);
    for (let x = s; x < e; x++) if (x !== best) emit(docB[x] ?? 0, posB[x] ?? 0);
    s = e;
  }
  return out;
}
