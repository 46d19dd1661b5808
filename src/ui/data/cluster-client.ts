import type { ClusterRecord, ReuseRecord, SkippedArticleRecord } from '../../db/cluster-records';
import {
  readArticleFactsAndHashes,
  readTexts,
  readTextsAndTitles,
  storeClusterScan,
} from '../../db/cluster-store';
import { readEchoRevision } from '../../db/revision';
import type { EchoSettings } from '../../workers/echo-protocol';
import { archive } from './archive';
import { scanKeyOf } from './scan-key';
import { scanInWorker, sendClusterMetas, type EchoScanProgress } from './echo-client';
import {
  META_SLICE,
  inSlices,
  clusterMetasSliced,
  excerptDocsSliced,
  toClusterRecordsSliced,
} from './cluster-records-sliced';
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
 * scan in the echo worker. A scan also stores each article's reuse share. Articles the scan had
 * to leave out come with the result, named, so the list can say which and why.
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
  // When the scan began reading: an article imported after it is not in the result, and the
  // reader says so instead of "no passage appears elsewhere" (see readArticleReuse).
  const readAt = new Date().toISOString();
  // One pass over the archive for both, stopping at cancel between its pages.
  const { facts, hashes } = await readArticleFactsAndHashes(db, signal);
  const job = {
    kind: 'clusters' as const,
    ...(await sendClusterMetas(await clusterMetasSliced(facts, signal), signal)),
  };
  const reply = await scanInWorker(job, settings, onProgress, signal, hashes);
  signal.throwIfAborted();
  if (reply.kind !== 'clusters') throw new Error('The echo worker answered another question.');
  onProgress({ done: 0, total: 1, phase: 'Saving' });
  // A slice of clusters per task: at 100,000 articles the whole list was seconds of one task.
  const texts = await readTexts(db, await excerptDocsSliced(reply.clusters, facts, signal));
  const clusters = await toClusterRecordsSliced(reply.clusters, facts, texts, signal);
  // A row per article reused: 100,000 copies in one go were a long task too.
  const reuse: ReuseRecord[] = await inSlices(
    reply.reuse,
    (slice) => slice.map((r) => ({ ...r, revision })),
    signal,
    META_SLICE,
  );
  const skipped = await nameSkipped(reply.skipped);
  signal.throwIfAborted();
  // A write during the scan changed the revision: the result is filed under the old one.
  await storeClusterScan(
    db,
    {
      key: scanKeyOf(settings),
      version: scanVersionOf(settings, revision),
      clusters,
      computedAt: readAt,
      skipped,
    },
    reuse,
  );
  return { clusters, skipped };
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

/** The skipped articles with their titles (an article deleted since is no longer named). */
async function nameSkipped(
  skipped: readonly { id: string; reason: SkippedArticleRecord['reason']; other?: string }[],
): Promise<SkippedArticleRecord[]> {
  if (skipped.length === 0) return [];
  const { titles } = await readTextsAndTitles(archive(), [
    ...new Set(skipped.flatMap((s) => (s.other === undefined ? [s.id] : [s.id, s.other]))),
  ]);
  return skipped.flatMap(({ id, reason, other }) => {
    const title = titles.get(id);
    if (title === undefined) return [];
    const otherTitle = other === undefined ? undefined : titles.get(other);
    return [
      {
        articleId: id,
        title,
        reason,
        ...(other === undefined ? {} : { other }),
        ...(otherTitle === undefined ? {} : { otherTitle }),
      },
    ];
  });
}
