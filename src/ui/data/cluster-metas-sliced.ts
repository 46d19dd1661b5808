import type { ArticleFacts } from '../../db/cluster-store';
import type { ClusterMeta } from '../../workers/echo-protocol';
import { nextTask } from '../../db/in-slices';
import { clusterMetas } from './to-cluster-records';

/** Articles' facts turned into the worker's metas per task (100,000 in one go: a long task). */
export const META_SLICE = 5_000;

/** clusterMetas, a slice of articles per page task (the same metas, in order). */
export async function clusterMetasSliced(
  facts: ReadonlyMap<string, ArticleFacts>,
  signal?: AbortSignal,
  size = META_SLICE,
): Promise<ClusterMeta[]> {
  const entries = [...facts];
  const out: ClusterMeta[] = [];
  for (let i = 0; i < entries.length; i += size) {
    if (i > 0) await nextTask(signal);
    for (const meta of clusterMetas(new Map(entries.slice(i, i + size)))) out.push(meta);
  }
  return out;
}
