import type { ClusterRecord } from '../../db/cluster-records';
import { readArticleFactsAndHashes, readClusterScan } from '../../db/cluster-store';
import { readEchoRevision } from '../../db/revision';
import type { ClusterKeeping, EchoSettings } from '../../workers/echo-protocol';
import { archive } from './archive';
import { scanKeyOf } from './scan-key';
import { scanInWorker, sendClusterMetas, type EchoScanProgress } from './echo-client';
import { clusterMetasSliced } from './cluster-metas-sliced';
import { currentScan, currentScanFor, scanVersionOf, type ClusterScanResult } from './stored-scan';

export type { ClusterScanResult } from './stored-scan';

/** The stored clusters, if they are current for the archive as it is now (no scan). */
export async function currentClusters(
  settings: EchoSettings,
): Promise<readonly ClusterRecord[] | undefined> {
  return (await currentScan(settings))?.clusters;
}

/**
 * Every cluster in the archive: the stored result when the archive has not changed since, else a
 * scan in the echo worker, which stores the clusters, each article's reuse share and the articles
 * it had to leave out (named, so the list can say which and why); the page reads them back.
 */
export async function scanClusters(
  settings: EchoSettings,
  onProgress: (progress: EchoScanProgress) => void,
  signal: AbortSignal,
): Promise<ClusterScanResult> {
  const stored = await currentScan(settings);
  if (stored) return stored;
  const db = archive();
  const revision = await readEchoRevision(db);
  const keep: ClusterKeeping = {
    database: db.name,
    key: scanKeyOf(settings),
    // A write during the scan changes the revision: the result is filed under the old one.
    version: scanVersionOf(settings, revision),
    revision,
    // When the scan began reading: an article imported after it is not in the result, and the
    // reader says so instead of "no passage appears elsewhere" (see readArticleReuse).
    computedAt: new Date().toISOString(),
  };
  // One pass over the archive for both, stopping at cancel between its pages.
  const { facts, hashes } = await readArticleFactsAndHashes(db, signal);
  const job = {
    kind: 'clusters' as const,
    ...(await sendClusterMetas(await clusterMetasSliced(facts, signal), signal)),
    keep,
  };
  const reply = await scanInWorker(job, settings, onProgress, signal, hashes);
  signal.throwIfAborted();
  if (reply.kind !== 'kept') throw new Error('The echo worker answered another question.');
  const row = await readClusterScan(db, keep.key, keep.version);
  if (row) return { clusters: row.clusters, skipped: row.skipped ?? [] };
  // Only another scan stored since (another window's) replaces it: a current one is as good.
  const latest = await currentScan(settings);
  if (!latest) throw new Error('The scan could not be read back from the archive.');
  return latest;
}

/**
 * scanClusters for a page about one article's passage (a cluster opened): when the stored scan is
 * current, only the clusters that article is in (whole, in stored order) and the articles left
 * out — at 100,000 articles reading and joining every cluster again was a 575 ms page task.
 */
export async function scanClustersFor(
  settings: EchoSettings,
  articleId: string,
  onProgress: (progress: EchoScanProgress) => void,
  signal: AbortSignal,
): Promise<ClusterScanResult> {
  return (await currentScanFor(settings, articleId)) ?? scanClusters(settings, onProgress, signal);
}
