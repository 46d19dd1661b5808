import type { ClusterRecord, ClusterScanRecord } from './cluster-records';
import { forEachSliced } from './in-slices';

/**
 * A stored cluster scan in pieces. IndexedDB copies a value on the calling thread, all at once:
 * one row holding a wire story's 5,000 copies was a 303 ms task on the page when saved, and
 * read whole by every reader open that only wanted its date. So the scan's row keeps the scan's
 * facts and how many pieces follow; each piece row holds up to `piecePassages` passages, a big
 * cluster's passages running on into the next piece under the same cluster id.
 */

/** Passages per piece row: a few tens of milliseconds to copy on a slow machine. */
export const piecePassages = 1_000;

/** The key of a scan's piece `n` (in the same store as the scan's row). */
export const pieceKey = (key: string, n: number): string => `${key}#${n}`;

/** True for a piece's key: the scan's own row is the one without. */
export const isPieceKey = (key: string): boolean => key.includes('#');

/** The scan's row as stored: no clusters in it, `pieces` rows of them under `pieceKey`. */
export type ScanHead = ClusterScanRecord & {
  readonly pieces?: number;
  /** How many rows of scan-article-index.ts follow (absent: stored before the index). */
  readonly indexRows?: number;
};

type Split = { head: ScanHead; pieces: ClusterScanRecord[] };

/** splitScan's loop, a cluster at a time (so it can pause between slices of clusters). */
function splitter(most: number) {
  const pieces: ClusterRecord[][] = [[]];
  let room = most;
  return {
    add(cluster: ClusterRecord): void {
      let from = 0;
      do {
        if (room === 0) {
          pieces.push([]);
          room = most;
        }
        const take = Math.min(room, cluster.passages.length - from);
        pieces[pieces.length - 1]?.push({
          ...cluster,
          passages: cluster.passages.slice(from, from + take),
        });
        from += take;
        room -= take;
      } while (from < cluster.passages.length);
    },
    done(scan: ClusterScanRecord): Split {
      const used = pieces.filter((p) => p.length > 0);
      return {
        head: { ...scan, clusters: [], pieces: used.length },
        pieces: used.map((clusters, n) => ({
          key: pieceKey(scan.key, n),
          version: scan.version,
          computedAt: scan.computedAt,
          clusters,
        })),
      };
    },
  };
}

/** A cluster's weight in slices: its copies, and one for itself. */
const copiesOf = (cluster: ClusterRecord): number => cluster.passages.length + 1;

/** The head row and the piece rows that store `scan`. */
export function splitScan(scan: ClusterScanRecord, most = piecePassages): Split {
  const split = splitter(most);
  for (const cluster of scan.clusters) split.add(cluster);
  return split.done(scan);
}

/** splitScan a slice of clusters per task (the same rows). */
export async function splitScanSliced(
  scan: ClusterScanRecord,
  most = piecePassages,
  signal?: AbortSignal,
): Promise<Split> {
  const split = splitter(most);
  await forEachSliced(scan.clusters, split.add, { weight: copiesOf, signal });
  return split.done(scan);
}

/** joinScan's loop, a piece at a time. */
function joiner() {
  const clusters: ClusterRecord[] = [];
  // The passages of the cluster last added, gathered in place (a cluster may span many pieces).
  let gathering: ClusterRecord['passages'][number][] = [];
  return {
    add(piece: ClusterScanRecord): void {
      for (const part of piece.clusters) {
        if (clusters[clusters.length - 1]?.id === part.id) gathering.push(...part.passages);
        else {
          gathering = [...part.passages];
          clusters.push({ ...part, passages: gathering });
        }
      }
    },
    done(head: ScanHead): ClusterScanRecord {
      return {
        key: head.key,
        version: head.version,
        computedAt: head.computedAt,
        ...(head.skipped === undefined ? {} : { skipped: head.skipped }),
        clusters,
      };
    },
  };
}

/** The scan back from its head and pieces, in order; a cluster cut across pieces made whole. */
export function joinScan(head: ScanHead, pieces: readonly ClusterScanRecord[]): ClusterScanRecord {
  const join = joiner();
  for (const piece of pieces) join.add(piece);
  return join.done(head);
}

/** joinScan a slice of pieces per task (the same scan). */
export async function joinScanSliced(
  head: ScanHead,
  pieces: readonly ClusterScanRecord[],
  signal?: AbortSignal,
): Promise<ClusterScanRecord> {
  const join = joiner();
  const weight = (piece: ClusterScanRecord): number =>
    piece.clusters.reduce((sum, part) => sum + copiesOf(part), 0);
  await forEachSliced(pieces, join.add, { weight, signal });
  return join.done(head);
}
