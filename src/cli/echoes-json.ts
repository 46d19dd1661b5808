import { clusterEchoes } from '../core/diff/align-cluster';
import type { Cluster, Echo, Passage } from '../core/model';

/** A document as the JSON output names it. */
export interface JsonDoc {
  readonly id: string;
  readonly path: string;
  readonly title: string;
  readonly text: string;
  /** The source and publication date the file names (a page's meta tags, front matter). */
  readonly source?: string;
  readonly date?: string | undefined;
}

type TextOf = (docId: string) => string;

/**
 * `{"id","path","title","text"}` — one entry of `documents` — with `"source"` and `"date"` after
 * them when the file names them, so who printed a cluster first can be read from the JSON alone.
 */
export function documentJson({ id, path, title, text, source, date }: JsonDoc): object {
  return { id, path, title, text, ...(source ? { source } : {}), ...(date ? { date } : {}) };
}

/**
 * A cluster in the shape of the clusters issue (and ARCHITECTURE.md):
 * `{"type":"cluster","id","kind","size","similarity","origin","representative","boilerplate",
 * "passages":[…]}`, each passage `{"doc","start","end","text","similarity"}`; `origin` and
 * `representative` index `passages` (each passage's similarity is to the representative).
 */
export function clusterJson(cluster: Cluster, textOf: TextOf): object {
  return {
    type: 'cluster',
    id: cluster.id,
    kind: cluster.kind,
    size: cluster.size,
    similarity: cluster.similarity,
    origin: cluster.origin,
    representative: cluster.representative,
    boilerplate: cluster.boilerplate,
    passages: cluster.passages.map((p) => ({
      doc: p.doc,
      start: p.start,
      end: p.end,
      text: textOf(p.doc).slice(p.start, p.end),
      similarity: p.similarity,
    })),
  };
}

/**
 * The cluster's size − 1 echoes for `echoes`: each non-representative passage with its
 * representative (never all pairs), the earlier passage as `a` as before clusters existed.
 */
export function clusterEchoesJson(cluster: Cluster, textOf: TextOf, order: DocOrder): object[] {
  return clusterEchoes(cluster).map((echo) => {
    const [a, b] = order(echo.a, echo.b) <= 0 ? [echo.a, echo.b] : [echo.b, echo.a];
    return {
      kind: echo.kind,
      similarity: echo.similarity,
      a: passageJson(a, textOf),
      b: passageJson(b, textOf),
    };
  });
}

/** Compares two passages by document order, then start. */
export type DocOrder = (x: Passage, y: Passage) => number;

function passageJson(p: Echo['a'], textOf: TextOf): object {
  return { doc: p.doc, start: p.start, end: p.end, text: textOf(p.doc).slice(p.start, p.end) };
}
