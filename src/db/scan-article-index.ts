import type { ClusterRecord, ClusterScanRecord } from './cluster-records';
import { forEachSliced } from './in-slices';
import type { ArchiveDatabase } from './database';
import { joinScan, pieceKey, type ScanHead } from './scan-pieces';

/**
 * Which of a stored scan's pieces each article's clusters are in, written with the scan, so an
 * article opened after a restart reads its own clusters and not the whole scan (at 10,000
 * articles, 150,000 copies, reading every piece took ~1.3 s under fake-indexeddb on each open).
 * An article's entry is a [first, last] piece range per cluster it is in: linear in the copies.
 */

/** Articles per index row: each open reads one row. */
const articlesPerRow = 2_000;

/** An index row: article id → flattened [first, last] piece ranges. */
export type ScanIndexRow = ClusterScanRecord & {
  readonly articlePieces: Readonly<Record<string, readonly number[]>>;
};

/** The key of a scan's index row `n` (in the scan's store, beside its pieces). */
export const indexKey = (key: string, n: number): string => `${key}#index${n}`;

// The row an article's entry is in: a string hash, so rows fill evenly whatever the ids.
function rowOf(articleId: string, rows: number): number {
  let h = 0;
  for (let i = 0; i < articleId.length; i++) h = (Math.imul(h, 31) + articleId.charCodeAt(i)) | 0;
  return (h >>> 0) % rows;
}

/** indexRows' three passes, each an item at a time (so they can pause between slices). */
function indexer(scan: ClusterScanRecord) {
  // Each cluster's first and last piece (a big cluster runs on over several).
  const span = new Map<string, [number, number]>();
  const byArticle = new Map<string, number[]>();
  let pieceNumber = 0;
  return {
    addPiece(piece: ClusterScanRecord): void {
      const n = pieceNumber++;
      for (const part of piece.clusters) {
        const seen = span.get(part.id);
        if (seen) seen[1] = n;
        else span.set(part.id, [n, n]);
      }
    },
    addCluster(cluster: ClusterRecord): void {
      const [first = 0, last = 0] = span.get(cluster.id) ?? [];
      for (const doc of new Set(cluster.passages.map((p) => p.doc))) {
        let list = byArticle.get(doc);
        if (!list) byArticle.set(doc, (list = []));
        list.push(first, last);
      }
    },
    rows(): {
      entries: Iterable<[string, number[]]>;
      file: (entry: [string, number[]]) => void;
      done: () => ScanIndexRow[];
    } {
      const count = Math.max(1, Math.ceil(byArticle.size / articlesPerRow));
      const rows = Array.from({ length: count }, (): Record<string, number[]> => ({}));
      return {
        entries: byArticle,
        file: ([doc, ranges]) => {
          const row = rows[rowOf(doc, count)];
          if (row) row[doc] = ranges;
        },
        done: () =>
          rows.map((articlePieces, n) => ({
            key: indexKey(scan.key, n),
            version: scan.version,
            computedAt: scan.computedAt,
            clusters: [],
            articlePieces,
          })),
      };
    },
  };
}

/** The index rows of a scan split into `pieces` (scan-pieces.ts), and how many there are. */
export function indexRows(
  scan: ClusterScanRecord,
  pieces: readonly ClusterScanRecord[],
): ScanIndexRow[] {
  const index = indexer(scan);
  for (const piece of pieces) index.addPiece(piece);
  for (const cluster of scan.clusters) index.addCluster(cluster);
  const rows = index.rows();
  for (const entry of rows.entries) rows.file(entry);
  return rows.done();
}

/** indexRows a slice per task (the same rows): at 100,000 articles, one pass per slice of copies. */
export async function indexRowsSliced(
  scan: ClusterScanRecord,
  pieces: readonly ClusterScanRecord[],
  signal?: AbortSignal,
): Promise<ScanIndexRow[]> {
  const index = indexer(scan);
  const parts = (piece: ClusterScanRecord): number => piece.clusters.length;
  await forEachSliced(pieces, index.addPiece, { weight: parts, signal });
  const copies = (cluster: ClusterRecord): number => cluster.passages.length + 1;
  await forEachSliced(scan.clusters, index.addCluster, { weight: copies, signal });
  const rows = index.rows();
  await forEachSliced(rows.entries, rows.file, { signal });
  return rows.done();
}

/**
 * The stored scan as far as one article needs it: every cluster it is in, whole, and the
 * articles the scan left out; reads the scan's row, one index row and those clusters' pieces.
 * A scan stored without an index (an older build's) is read whole. Undefined when stale.
 */
export async function readScanFor(
  db: ArchiveDatabase,
  key: string,
  version: string,
  articleId: string,
): Promise<ClusterScanRecord | undefined> {
  const head: ScanHead | undefined = await db.clusterScans.get(key);
  if (head?.version !== version) return undefined;
  if (head.pieces === undefined || head.indexRows === undefined) return undefined;
  const index = (await db.clusterScans.get(indexKey(key, rowOf(articleId, head.indexRows)))) as
    ScanIndexRow | undefined;
  if (index?.version !== version) return undefined;
  const ranges = index.articlePieces[articleId] ?? [];
  const wanted = new Set<number>();
  for (let i = 0; i + 1 < ranges.length; i += 2)
    for (let n = ranges[i] ?? 0; n <= (ranges[i + 1] ?? -1); n++) wanted.add(n);
  const numbers = [...wanted].sort((x, y) => x - y);
  const pieces = await db.clusterScans.bulkGet(numbers.map((n) => pieceKey(key, n)));
  if (pieces.some((p) => p?.version !== version)) return undefined;
  // Pieces not next to each other start clusters of their own: a cluster is never cut between two.
  return joinScan(head, pieces as ClusterScanRecord[]);
}
