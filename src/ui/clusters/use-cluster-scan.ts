import { useLiveQuery } from 'dexie-react-hooks';
import { readEchoRevision } from '../../db/revision';
import type { EchoSettings } from '../../workers/echo-protocol';
import { archive } from '../data/archive';
import { useScan } from '../echoes/use-scan';
import { scanClusters, scanClustersFor, type ClusterScanResult } from '../data/cluster-client';

/**
 * The archive's clusters at these thresholds, rescanned (or read back) whenever what echoes are
 * made of changes (not a tag or a note); `enabled` false waits (e.g. until the person asks).
 */
export function useClusterScan(settings: EchoSettings, enabled = true) {
  // undefined only while loading (a fresh archive is revision 0).
  const revision = useLiveQuery(() => readEchoRevision(archive()), []);
  const key = enabled && revision !== undefined ? JSON.stringify([settings, revision]) : null;
  return useScan<ClusterScanResult>(key, (onProgress, signal) =>
    scanClusters(settings, onProgress, signal),
  );
}

/**
 * useClusterScan for a page about one article's passage: only the clusters that article is in
 * when the stored scan is current (the whole scan only when it must be run again).
 */
export function useClusterScanFor(settings: EchoSettings, articleId: string, enabled = true) {
  const revision = useLiveQuery(() => readEchoRevision(archive()), []);
  const key =
    enabled && revision !== undefined ? JSON.stringify([settings, revision, articleId]) : null;
  return useScan<ClusterScanResult>(key, (onProgress, signal) =>
    scanClustersFor(settings, articleId, onProgress, signal),
  );
}
