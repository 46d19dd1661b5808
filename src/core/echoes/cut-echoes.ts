import type { Doc, Echo, Passage } from '../model';
import type { ClusterThresholds } from './clusters/build-clusters';
import { partsOf, seamCuts } from './clusters/cut-at-seams';
import { PassageNodes } from './clusters/passage-nodes';
import { type Fingerprints, fingerprintText } from './fingerprint';
import { passageEnd } from './pair-echoes';

/**
 * One article's echoes with the rest of the archive cut where two of its separately repeated
 * passages meet, as the clusters cut their alignments (clusters/cut-at-seams.ts). Another paper
 * that reprinted a quote and the next paragraph back to back has one pair echo over both; the
 * reader numbers echoes by cluster, and that echo, counted with one paragraph's cluster, gave
 * that cluster the quote's place in reading order. The seams are found from the article's own
 * echoes (`within`: its clusters, already cut; the others: its echoes with other papers), each
 * part is kept if it passes the thresholds as an echo must, and echoes within the article are
 * returned as they are. `doc` is the open article (side a of every echo), `fpOf` the other
 * articles' fingerprints. Returns `echoes` itself when nothing is cut.
 */
export function cutEchoesAtSeams(
  doc: Doc,
  echoes: readonly Echo[],
  fpOf: (id: string) => Fingerprints | undefined,
  thresholds: ClusterThresholds,
): readonly Echo[] {
  const outside = echoes.filter((echo) => echo.kind !== 'within');
  // A seam needs an echo with another article and two more passages of this one inside it.
  if (echoes.length < 3 || outside.length === 0) return echoes;
  // Echoes within the article matter only where they touch an echo with another: a text of a
  // few words at random has hundreds of thousands of chance echoes with itself.
  const touched = touches(outside.map((echo) => echo.a));
  const used = echoes.filter(
    (echo) => echo.kind !== 'within' || touched(echo.a) || touched(echo.b),
  );
  if (used.length < 3) return echoes;
  const numbers = new Map<string, number>([[doc.id, 0]]);
  const fps: (Fingerprints | undefined)[] = [fingerprintText(doc.text)];
  const nodes = new PassageNodes();
  // A passage as a node: its document's number and its tokens (none when not fingerprinted).
  const node = (p: Passage): number => {
    let n = numbers.get(p.doc);
    if (n === undefined) {
      numbers.set(p.doc, (n = fps.length));
      fps.push(fpOf(p.doc));
    }
    const fp = fps[n];
    return fp
      ? nodes.add(n, tokenAt(fp.starts, p.start), tokenAt(fp.starts, p.end))
      : nodes.add(n, 0, 0);
  };
  for (const echo of used) nodes.join(node(echo.a), node(echo.b));
  const cuts = seamCuts(nodes, fps, thresholds);
  if (!cuts) return echoes;
  const cutAt = new Map(used.map((echo, e) => [echo, e]));
  return echoes.flatMap((echo): Echo[] => {
    const e = cutAt.get(echo) ?? -1;
    const list = cuts[e];
    if (e < 0 || !list || echo.kind === 'within') return [echo];
    const fa = fps[nodes.doc[nodes.edgeA[e] ?? 0] ?? 0];
    const fb = fps[nodes.doc[nodes.edgeB[e] ?? 0] ?? 0];
    if (!fa || !fb) return [echo];
    return partsOf(nodes, e, list, fps, thresholds).map((part) => ({
      kind: echo.kind,
      // As pairEchoes rounds an echo's similarity.
      similarity:
        Math.round(((2 * part.matches) / (part.a1 - part.a0 + part.b1 - part.b0)) * 1000) / 1000,
      a: { doc: echo.a.doc, start: fa.starts[part.a0] ?? 0, end: passageEnd(fa, part.a1 - 1) },
      b: { doc: echo.b.doc, start: fb.starts[part.b0] ?? 0, end: passageEnd(fb, part.b1 - 1) },
    }));
  });
}

// Whether a passage overlaps any of `ranges` (one document's), by binary search over them merged.
function touches(ranges: readonly Passage[]): (p: Passage) => boolean {
  const sorted = [...ranges].sort((x, y) => x.start - y.start);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const r of sorted) {
    const last = ends.length - 1;
    if (last >= 0 && r.start <= (ends[last] ?? 0)) ends[last] = Math.max(ends[last] ?? 0, r.end);
    else {
      starts.push(r.start);
      ends.push(r.end);
    }
  }
  return (p) => {
    // The last merged range starting before p ends.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] ?? 0) < p.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (ends[lo - 1] ?? 0) > p.start;
  };
}

// The first token starting at or after character `at` (the end of a range of tokens that start
// before it).
function tokenAt(starts: Uint32Array, at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
