import { useLiveQuery } from 'dexie-react-hooks';
import { readClusterImport, readImportedClusters } from '../../db/imported-clusters';
import { archive } from '../data/archive';

/** The last passim import and its clusters, live (undefined while loading; none: no import). */
export function useImportedClusters() {
  return useLiveQuery(async () => {
    const summary = await readClusterImport(archive(), 'passim');
    return summary ? { summary, clusters: await readImportedClusters(archive(), 'passim') } : null;
  }, []);
}
