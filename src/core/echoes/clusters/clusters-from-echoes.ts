import type { Echo } from '../../model';
import type { Fingerprints } from '../fingerprint';
import { lowerBound } from '../sorted-marks';
import { PassageNodes } from './passage-nodes';

/** Passage nodes (token ranges) for pair echoes, documents numbered by `number`. */
export function nodesFromEchoes(
  echoes: readonly Echo[],
  number: ReadonlyMap<string, number>,
  fps: readonly (Fingerprints | undefined)[],
): PassageNodes {
  const nodes = new PassageNodes();
  for (const echo of echoes) {
    const da = number.get(echo.a.doc);
    const db = number.get(echo.b.doc);
    if (da === undefined || db === undefined) continue;
    const [a0, a1] = tokenRange(fps[da], echo.a.start, echo.a.end);
    const [b0, b1] = tokenRange(fps[db], echo.b.start, echo.b.end);
    nodes.addPair(da, a0, a1, db, b0, b1);
  }
  return nodes;
}

function tokenRange(fp: Fingerprints | undefined, start: number, end: number): [number, number] {
  if (!fp) return [0, 0];
  return [lowerBound(fp.starts, start), lowerBound(fp.starts, end)];
}
