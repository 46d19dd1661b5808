import type { Alignment, Cluster, ClusterPassage, Echo } from '../model';
import { alignEcho } from './align-texts';

/**
 * The echo between a cluster's representative (side a) and passage `index` (side b): the pair
 * the cluster stands for. Its similarity is the passage's similarity to the representative.
 */
export function representativeEcho(cluster: Cluster, index: number): Echo {
  const rep = cluster.passages[cluster.representative];
  const passage = cluster.passages[index];
  if (!rep || !passage) throw new RangeError(`cluster ${cluster.id} has no passage ${index}`);
  return {
    kind: cluster.kind === 'within' ? 'within' : passage.doc === rep.doc ? 'within' : cluster.kind,
    similarity: passage.similarity,
    a: { doc: rep.doc, start: rep.start, end: rep.end },
    b: { doc: passage.doc, start: passage.start, end: passage.end },
  };
}

/**
 * Align passage `index` of a cluster word by word against the representative (side a), computed
 * on demand from the documents' texts (as the compare view does for an echo). `textOf` returns a
 * document's full text by id.
 */
export function alignToRepresentative(
  cluster: Cluster,
  index: number,
  textOf: (docId: string) => string,
): Alignment {
  const echo = representativeEcho(cluster, index);
  return alignEcho(echo, textOf(echo.a.doc), textOf(echo.b.doc));
}

/** The cluster as size − 1 echoes: each non-representative passage with the representative. */
export function clusterEchoes(cluster: Cluster): Echo[] {
  const out: Echo[] = [];
  cluster.passages.forEach((_: ClusterPassage, i: number) => {
    if (i !== cluster.representative) out.push(representativeEcho(cluster, i));
  });
  return out;
}
