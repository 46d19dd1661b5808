import type { Cluster, ClusterDoc, ClusterPassage } from '../../model';
import type { Fingerprints } from '../fingerprint';
import { passageEnd } from '../pair-echoes';
import type { CopyGroup } from './pick-copies';
import type { LoneSeedKernel } from './flat-hashes';
import { publisherTally } from '../../sources/publisher';

/** What a cluster needs to know about a document besides its tokens. */
export type DocMeta = Omit<ClusterDoc, 'id' | 'text'>;

/** Where a document's tokens sit in its text: what passages need to become character offsets. */
export type TokenSpans = Pick<Fingerprints, 'starts' | 'ends' | 'flags'>;

/** The documents of a search by number: ids, fingerprints and provenance metadata. */
export interface DocTable {
  readonly ids: readonly string[];
  readonly fps: readonly (Fingerprints | undefined)[];
  readonly meta: readonly (DocMeta | undefined)[];
  /**
   * Token spans of a document whose fingerprints were kept without them (an archive-scale scan
   * keeps only hashes and flags); asked once per document a cluster reaches, when it is built.
   */
  readonly spans?: (doc: number) => TokenSpans | undefined;
  /** Checks lone seeds where the documents' hashes are kept (an archive's WebAssembly memory). */
  readonly loneSeeds?: LoneSeedKernel;
  /**
   * Where each document came in the order given (the search numbers them by content, see
   * canonical-order.ts): undated copies are listed, and the first is the origin, in this order.
   */
  readonly given?: readonly number[];
}

/** A finished cluster and its strength (aligned matching tokens over all copies) for ranking. */
export interface RankedCluster {
  readonly cluster: Cluster;
  readonly strength: number;
}

/** Turn a group of token passages into a Cluster with provenance, kind and boilerplate. */
export function toCluster(group: CopyGroup, table: DocTable): RankedCluster {
  const rep = group.representative;
  const entries = [
    { passage: rep, similarity: 1, rep: true },
    ...group.copies.map((c) => ({ passage: c.passage, similarity: c.similarity, rep: false })),
  ].map((e) => ({ ...e, date: dateOf(table.meta[e.passage.doc]) }));
  entries.sort(
    (x, y) =>
      (x.date ?? Infinity) - (y.date ?? Infinity) ||
      changedAt(table, x.passage.doc) - changedAt(table, y.passage.doc) ||
      importedAt(table, x.passage.doc) - importedAt(table, y.passage.doc) ||
      givenAt(table, x.passage.doc) - givenAt(table, y.passage.doc) ||
      x.passage.start - y.passage.start,
  );
  const passages: ClusterPassage[] = entries.map(({ passage: p, similarity }) => {
    const fp = table.spans?.(p.doc) ?? table.fps[p.doc];
    return {
      doc: table.ids[p.doc] ?? '',
      start: fp?.starts[p.start] ?? 0,
      end: fp ? passageEnd(fp, p.end - 1) : 0,
      similarity: round(similarity),
    };
  });
  const docs = [...new Set(entries.map((e) => e.passage.doc))];
  const representative = entries.findIndex((e) => e.rep);
  const repPassage = passages[representative] as ClusterPassage;
  // One paper named two ways ("Daily Ledger", dailyledger.example) is one source; several
  // articles of one publisher sharing a passage are that site's furniture (one article's own
  // repeats never are).
  const publishers = publisherTally(docs.map((d) => table.meta[d]?.source ?? ''));
  const similarity =
    group.copies.reduce((sum, c) => sum + c.similarity, 0) / Math.max(1, group.copies.length);
  const kind = kindOf(docs, table);
  const cluster: Cluster = {
    id: `${repPassage.doc}:${repPassage.start}-${repPassage.end}`,
    kind,
    passages,
    representative,
    origin: 0,
    size: passages.length,
    similarity: round(similarity),
    words: rep.end - rep.start,
    ...dateRange(entries.map((e) => e.date)),
    sources: publishers.count,
    // Nor is the text one story's versions share: an edited-in-place page keeps its source.
    boilerplate: kind !== 'version' && docs.length >= 2 && publishers.one,
  };
  return { cluster, strength: group.copies.reduce((sum, c) => sum + c.matches, 0) };
}

const finite = (at: number | undefined): at is number => at !== undefined && Number.isFinite(at);

// Copies printed at one time (versions of a page edited in place keep its publication date) come
// in the order they were last changed, a page stating no change as it was published (as versions
// order, versions/version-order.ts), else captured; documents without a date (the CLI's files)
// tie. By its import time, a first printing captured today followed its update stating an
// evening change: the update was the origin, and the first printing read as "100% reused".
function changedAt(table: DocTable, doc: number): number {
  const meta = table.meta[doc];
  if (finite(meta?.modifiedAt)) return meta.modifiedAt;
  return finite(meta?.publishedAt) ? meta.publishedAt : importedAt(table, doc);
}

function importedAt(table: DocTable, doc: number): number {
  const at = table.meta[doc]?.importedAt;
  return finite(at) ? at : 0;
}

// Where a document came in the order given (the CLI's undated origin is the first file named).
function givenAt(table: DocTable, doc: number): number {
  return table.given?.[doc] ?? doc;
}

// A loop, not Math.min(...dates): a cluster may have more copies than the stack has room for.
function dateRange(dates: readonly (number | undefined)[]): {
  firstDate?: number;
  lastDate?: number;
} {
  let first = Infinity;
  let last = -Infinity;
  for (const d of dates) {
    if (d === undefined) continue;
    first = Math.min(first, d);
    last = Math.max(last, d);
  }
  return first <= last ? { firstDate: first, lastDate: last } : {};
}

/**
 * The best date known of when a document was written (epoch ms): its publication date, else its
 * last change, else its import; undefined when none is a finite number. The order versions use.
 */
export function dateOf(meta: DocMeta | undefined): number | undefined {
  if (finite(meta?.publishedAt)) return meta.publishedAt;
  if (finite(meta?.modifiedAt)) return meta.modifiedAt;
  return finite(meta?.importedAt) ? meta.importedAt : undefined;
}

function kindOf(docs: readonly number[], table: DocTable): Cluster['kind'] {
  if (docs.length === 1) return 'within';
  const story = table.meta[docs[0] ?? 0]?.story;
  return story && docs.every((d) => table.meta[d]?.story === story) ? 'version' : 'across';
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Strongest first (most aligned tokens), then by the representative's position: stable output. */
export function rankClusters(found: readonly RankedCluster[]): Cluster[] {
  const key = (c: Cluster) => c.passages[c.representative] as ClusterPassage;
  return [...found]
    .sort((x, y) => {
      const a = key(x.cluster);
      const b = key(y.cluster);
      return (
        y.strength - x.strength ||
        (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0) ||
        a.start - b.start ||
        a.end - b.end
      );
    })
    .map((r) => r.cluster);
}
