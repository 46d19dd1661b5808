import type { ClusterRecord } from '../../../db/cluster-records';
import type { ExportedArticle } from '../../../db/cluster-store';
import type { SaveStream } from '../../../host/host';
import { describeCluster } from '../cluster-words';
import { csvHeader, csvRow } from './cluster-csv';
import { htmlClusterEnd, htmlClusterHead, htmlEnd, htmlHead, htmlPrinting } from './cluster-html';
import { pieceWriter } from './export-pieces';
import { printingRow } from './printing-rows';

/** The two kinds of export. */
export type ClusterExportFormat = 'csv' | 'html';

/** Articles read at a time (each read brings their whole texts onto the page). */
export const readBatch = 100;

/** How an export reads articles and tells its progress. */
export interface ClusterExportOptions {
  readonly read: (ids: readonly string[]) => Promise<ReadonlyMap<string, ExportedArticle>>;
  readonly title: string;
  readonly made?: Date;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Writes `clusters` to `sink` as CSV (one row per printing) or as a standalone HTML report, a
 * piece at a time: the file is never one string (a wire story's thousands of printings are
 * megabytes), and only one batch of articles' texts is held at once. Returns the printings written.
 */
export async function exportClusters(
  clusters: readonly ClusterRecord[],
  format: ClusterExportFormat,
  sink: Pick<SaveStream, 'write'>,
  options: ClusterExportOptions,
): Promise<number> {
  const { read, signal, onProgress } = options;
  const { put, flush } = pieceWriter(sink);
  await put(format === 'csv' ? csvHeader() : htmlHead(options.title, options.made ?? new Date()));
  let printings = 0;
  for (const [index, cluster] of clusters.entries()) {
    signal?.throwIfAborted();
    const number = index + 1;
    if (format === 'html') await put(htmlClusterHead(number, cluster, describeCluster(cluster)));
    for (let at = 0; at < cluster.passages.length; at += readBatch) {
      const passages = cluster.passages.slice(at, at + readBatch);
      const articles = await read([...new Set(passages.map((p) => p.doc))]);
      signal?.throwIfAborted();
      for (const passage of passages) {
        const row = printingRow(number, passage, articles.get(passage.doc));
        await put(format === 'csv' ? csvRow(row) : htmlPrinting(row));
        printings++;
      }
    }
    if (format === 'html') await put(htmlClusterEnd());
    onProgress?.(number, clusters.length);
  }
  if (format === 'html') await put(htmlEnd());
  await flush();
  return printings;
}

/** A file name for an export: "verso-clusters-2026-12-03.csv". */
export function clusterExportName(format: ClusterExportFormat, when: Date, one = false): string {
  return `verso-${one ? 'cluster' : 'clusters'}-${when.toISOString().slice(0, 10)}.${format}`;
}
