import type { Cluster, ClusterDoc } from '../model';
import { EchoIndex } from './echo-index';
import type { EchoOptions } from './options';

/**
 * Every cluster of repeated passages within and across the documents, strongest first (most
 * aligned words over all copies). Each passage is whole (one copy of the text, not fragments),
 * passages of one cluster never overlap, and a text repeated in k places is one cluster of k
 * passages. Provenance (origin, dates, sources, boilerplate, kind) comes from the documents'
 * optional metadata; see `Cluster` in model.ts for the full contract. Document ids must be unique.
 */
export function findClusters(docs: readonly ClusterDoc[], options?: EchoOptions): Cluster[] {
  const index = new EchoIndex();
  const meta = new Map<string, ClusterDoc>();
  for (const doc of docs) {
    if (meta.has(doc.id)) throw new Error(`two documents share the id "${doc.id}"`);
    meta.set(doc.id, doc);
    index.add(doc.id, doc.text);
  }
  return index.scanClustersSync({ ...options, meta: (id) => meta.get(id) });
}
