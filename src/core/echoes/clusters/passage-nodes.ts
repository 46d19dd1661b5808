/**
 * Passage nodes: token ranges of documents that some alignment joined to another range, and the
 * alignments (edges) between them, as growable parallel typed arrays. Clusters are built from
 * these: the connected components, after same-document overlaps are joined too.
 */
export class PassageNodes {
  count = 0;
  doc: Uint32Array = new Uint32Array(256);
  start: Uint32Array = new Uint32Array(256);
  end: Uint32Array = new Uint32Array(256);
  /** Edges as pairs of node numbers: edgeA[e] was aligned with edgeB[e]. */
  edges = 0;
  edgeA: Uint32Array = new Uint32Array(256);
  edgeB: Uint32Array = new Uint32Array(256);

  /** Add a node for tokens [start, end) of document `doc`; returns its number. */
  add(doc: number, start: number, end: number): number {
    if (this.count === this.doc.length) {
      this.doc = grow(this.doc);
      this.start = grow(this.start);
      this.end = grow(this.end);
    }
    this.doc[this.count] = doc;
    this.start[this.count] = start;
    this.end[this.count] = end;
    return this.count++;
  }

  /** Record that two nodes were aligned with each other. */
  join(a: number, b: number): void {
    if (this.edges === this.edgeA.length) {
      this.edgeA = grow(this.edgeA);
      this.edgeB = grow(this.edgeB);
    }
    this.edgeA[this.edges] = a;
    this.edgeB[this.edges] = b;
    this.edges++;
  }

  /** Add two aligned ranges as nodes and join them. */
  addPair(docA: number, a0: number, a1: number, docB: number, b0: number, b1: number): void {
    this.join(this.add(docA, a0, a1), this.add(docB, b0, b1));
  }
}

function grow(a: Uint32Array): Uint32Array {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}
