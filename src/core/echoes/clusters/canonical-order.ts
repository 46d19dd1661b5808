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

/** Words of a document its content key reads at most (spread over the whole text). */
const KEY_WORDS = 256;

/**
 * A document's content key: a hash of up to KEY_WORDS of its token hashes, spread over its
 * text, and its length. Only documents with as many paragraphs and words need it; reading a
 * sample, not every word, keeps it cheap at 100,000 documents, and two texts that differ only
 * between the sampled words fall back to their ids.
 */
function contentKey(fp: Fingerprints | undefined): number {
  if (!fp) return 0xffffffff;
  const hashes = fp.hashes;
  const step = Math.max(1, Math.ceil(hashes.length / KEY_WORDS));
  let h = 0x9e3779b9 ^ hashes.length;
  for (let i = 0; i < hashes.length; i += step) {
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

/** Paragraphs (descending) and words (ascending) as one number; unreadable documents last. */
function shapeOf(fp: Fingerprints | undefined): number {
  return fp ? readable(() => -paragraphsOf(fp) * 2 ** 32 + fp.hashes.length, Infinity) : Infinity;
}

// A document whose fingerprints cannot be read (damaged data) must not cost the archive its scan:
// it goes last, and its pairs fail in the scan's own per-pair isolation, which names it.
function readable(read: () => number, otherwise: number): number {
  try {
    return read();
  } catch {
    return otherwise;
  }
}

/**
 * The canonical order of a search's documents: `order[n]` is the document (as added) numbered n.
 * Most paragraphs first, then fewest words, then by content key (sampled), then id; documents without
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
  // Paragraphs (descending) and words (ascending) in one number: a single comparison for nearly
  // every pair in the sort (words < 2^32; documents without fingerprints last).
  const shape = new Float64Array(n);
  for (let d = 0; d < n; d++) shape[d] = shapeOf(fps[d]);
  // Content keys only for documents that tie on paragraphs and words: hashing every word of a
  // 100,000-document archive would be a pass over all of them for the few that need it.
  const keys = new Float64Array(n).fill(-1);
  const keyOf = (d: number): number => {
    if ((keys[d] ?? -1) < 0) keys[d] = readable(() => contentKey(fps[d]), 0xffffffff);
    return keys[d] ?? 0;
  };
  // A plain array: TypedArray's sort with a comparator was several times slower at 100,000.
  const order: number[] = Array.from({ length: n }, (_, d) => d);
  order.sort((a, b) => {
    const sa = shape[a] ?? 0;
    const sb = shape[b] ?? 0;
    if (sa !== sb) return sa < sb ? -1 : 1;
    const ka = keyOf(a);
    const kb = keyOf(b);
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
  const n = seeds.count;
  // As many seeds as given at most (exactly as many with `within`): written straight in.
  const outDA = new Uint32Array(n);
  const outPA = new Uint32Array(n);
  const outDB = new Uint32Array(n);
  const outPB = new Uint32Array(n);
  const outDF = new Uint32Array(n);
  let w = 0;
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
    for (let x = best === -1 ? s : s - 1; x < e; x++) {
      if (x === best) continue;
      // x = s − 1 stands for the old centre, now a member like the others.
      const r = x < s ? (rank[c] ?? 0) : (rank[docB[x] ?? 0] ?? 0);
      if (r === bestRank && !within) continue;
      outDA[w] = bestRank;
      outPA[w] = bestPos;
      outDB[w] = r;
      outPB[w] = x < s ? pc : (posB[x] ?? 0);
      outDF[w] = f;
      w++;
    }
    s = e;
  }
  const out = new SeedList();
  out.docA = outDA;
  out.posA = outPA;
  out.docB = outDB;
  out.posB = outPB;
  out.df = outDF;
  out.count = w;
  return out;
}
