import { FINGERPRINT_VERSION } from '../../core/echoes/fingerprint';
import type { ClusterRecord, ReuseRecord } from '../../db/cluster-records';
import {
  readArticleFacts,
  readClusterScan,
  readTexts,
  storeClusterScan,
} from '../../db/cluster-store';
import { readRevision } from '../../db/revision';
import type { EchoSettings } from '../../workers/echo-protocol';
import { archive } from '../data/archive';
import { scanInWorker, type EchoScanProgress } from '../echoes/echo-client';
import { clusterMetas, toClusterRecords } from './to-cluster-records';

/** The key a scan at these thresholds is stored under. */
const keyOf = (settings: EchoSettings): string => `${settings.minWords}:${settings.minSimilarity}`;

/** The version a stored scan must carry to be current: app, fingerprints and archive revision. */
const versionOf = (revision: number): string =>
  `${__APP_VERSION__}/fp${FINGERPRINT_VERSION}/rev${revision}`;

/** The stored clusters, if they are current for the archive as it is now (no scan). */
export async function currentClusters(
  settings: EchoSettings,
): Promise<readonly ClusterRecord[] | undefined> {
  const revision = await readRevision(archive());
  return (await readClusterScan(archive(), keyOf(settings), versionOf(revision)))?.clusters;
}

/**
 * Every cluster in the archive: the stored result when the archive has not changed since, else a
 * scan in the echo worker. A scan also stores each article's reuse share.
 */
export async function scanClusters(
  settings: EchoSettings,
  onProgress: (progress: EchoScanProgress) => void,
  signal: AbortSignal,
): Promise<readonly ClusterRecord[]> {
  const stored = await currentClusters(settings);
  if (stored) return stored;
  const db = archive();
  const revision = await readRevision(db);
  const facts = await readArticleFacts(db);
  const job = { kind: 'clusters', docs: clusterMetas(facts) } as const;
  const reply = await scanInWorker(job, settings, onProgress, signal);
  if (reply.kind !== 'clusters') throw new Error('The echo worker answered another question.');
  const repDocs = reply.clusters.map((c) => c.passages[c.representative]?.doc ?? '');
  onProgress({ done: 0, total: 1, phase: 'Saving' });
  const texts = await readTexts(db, [...new Set(repDocs)]);
  const clusters = toClusterRecords(reply.clusters, facts, texts);
  const reuse: ReuseRecord[] = reply.reuse.map((r) => ({ ...r, revision }));
  // A write during the scan changed the revision: the result is filed under the old one.
  await storeClusterScan(
    db,
    {
      key: keyOf(settings),
      version: versionOf(revision),
      clusters,
      computedAt: new Date().toISOString(),
    },
    reuse,
  );
  return clusters;
}
