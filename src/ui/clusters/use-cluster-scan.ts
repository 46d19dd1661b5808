import { useLiveQuery } from 'dexie-react-hooks';
import type { ClusterRecord } from '../../db/cluster-records';
import type { EchoSettings } from '../../workers/echo-protocol';
import { archive } from '../data/archive';
import { useScan } from '../echoes/use-scan';
import { scanClusters } from './cluster-client';

/**
 * The archive's clusters at these thresholds, rescanned (or read back) whenever the archive
 * changes; `enabled` false waits (e.g. until the person asks).
 */
export function useClusterScan(settings: EchoSettings, enabled = true) {
  // undefined only while loading: a fresh archive has no revision row yet (revision 0).
  const revision = useLiveQuery(async () => (await archive().meta.get('revision'))?.value ?? 0, []);
  const key = enabled && revision !== undefined ? JSON.stringify([settings, revision]) : null;
  return useScan<readonly ClusterRecord[]>(key, (onProgress, signal) =>
    scanClusters(settings, onProgress, signal),
  );
}
