import type { Cluster, Doc, Echo } from '../model';
import { findClusters } from './find-clusters';
import type { EchoOptions } from './options';

/**
 * The echoes inside one document: non-overlapping passages that repeat each other. Found as
 * clusters (no cap: a paragraph printed 60 or 1,000 times in one article is one cluster, where the
 * pair scan's document-frequency cap dropped its k-grams), each cluster given as its size − 1
 * echoes, every copy with the representative, the earlier passage as side a.
 */
export function findEchoesWithin(doc: Doc, options?: EchoOptions): Echo[] {
  return findClusters([{ id: doc.id, text: doc.text }], options).flatMap(withinEchoes);
}

function withinEchoes(cluster: Cluster): Echo[] {
  const rep = cluster.passages[cluster.representative];
  if (!rep) return [];
  return cluster.passages.flatMap((p, i): Echo[] => {
    if (i === cluster.representative) return [];
    const [a, b] = p.start < rep.start ? [p, rep] : [rep, p];
    return [
      {
        kind: 'within',
        similarity: p.similarity,
        a: { doc: a.doc, start: a.start, end: a.end },
        b: { doc: b.doc, start: b.start, end: b.end },
      },
    ];
  });
}
