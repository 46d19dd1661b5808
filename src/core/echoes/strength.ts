import type { Echo } from '../model';

/**
 * The order echoes are shown in, strongest first: higher similarity, then the longer passage.
 * (The engine ranks its own candidates by aligned words before they become echoes; see rankEchoes.)
 */
export function strongestFirst(x: Echo, y: Echo): number {
  return y.similarity - x.similarity || y.a.end - y.a.start - (x.a.end - x.a.start);
}
