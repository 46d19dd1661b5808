import type { Cluster } from '../../core/model';
import type { ArticleFacts } from '../../db/cluster-store';
import type { ClusterRecord } from '../../db/cluster-records';
import type { ClusterMeta } from '../../workers/echo-protocol';
import { nextTask } from '../../db/in-slices';
import { clusterMetas, excerptDocs, toClusterRecords } from './to-cluster-records';

/** Clusters converted per page task: the whole list in one task froze the page (0.6 s at 10,000, h25f); 500 still took 134 ms under load. */
export const CLUSTER_SLICE = 200;

/** `convert` over `items` a slice per task, yielding to the page between slices. */
export async function inSlices<T, R>(
  items: readonly T[],
  convert: (slice: readonly T[]) => readonly R[],
  signal?: AbortSignal,
  size = CLUSTER_SLICE,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    if (i > 0) await nextTask(signal);
    for (const r of convert(items.slice(i, i + size))) out.push(r);
  }
  return out;
}

/** excerptDocs, a slice of clusters per task (the same articles, each once). */
export async function excerptDocsSliced(
  clusters: readonly Cluster[],
  facts: ReadonlyMap<string, ArticleFacts>,
  signal?: AbortSignal,
  size?: number,
): Promise<string[]> {
  const docs = await inSlices(clusters, (slice) => excerptDocs(slice, facts), signal, size);
  return [...new Set(docs)];
}

/** toClusterRecords, a slice of clusters per task (the same records, in order). */
export function toClusterRecordsSliced(
  clusters: readonly (Cluster & { readonly articles?: number })[],
  facts: ReadonlyMap<string, ArticleFacts>,
  texts: ReadonlyMap<string, string>,
  signal?: AbortSignal,
  size?: number,
): Promise<ClusterRecord[]> {
  return inSlices(clusters, (slice) => toClusterRecords(slice, facts, texts), signal, size);
}

/** Articles' facts turned into the worker's metas per task (100,000 in one go: a long task). */
export const META_SLICE = 5_000;

/** clusterMetas, a slice of articles per task (the same metas, in order). */
export function clusterMetasSliced(
  facts: ReadonlyMap<string, ArticleFacts>,
  signal?: AbortSignal,
  size = META_SLICE,
): Promise<ClusterMeta[]> {
  return inSlices([...facts], (slice) => clusterMetas(new Map(slice)), signal, size);
}
