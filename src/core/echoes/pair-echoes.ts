import type { Echo } from '../model';
import { SENTENCE_AFTER, TAIL_SHIFT } from '../text/token-flags';
import type { Chain } from './chain';
import { countMatches } from './extend';
import type { Fingerprints } from './fingerprint';
import type { ResolvedEchoOptions } from './options';
import { chainRegions, separateWithin, trimToEdges } from './regions';

/** An echo with the number of aligned matching tokens, which ranks echoes by strength. */
export interface RankedEcho {
  readonly echo: Echo;
  readonly matches: number;
}

/** A side of a document pair: its id and fingerprints. */
export interface Side {
  readonly id: string;
  readonly fp: Fingerprints;
}

/** Turn the seed chains of one document pair into echoes that pass the thresholds. */
export function pairEchoes(
  a: Side,
  b: Side,
  chains: readonly Chain[],
  options: ResolvedEchoOptions,
): RankedEcho[] {
  const same = a.id === b.id;
  const found: RankedEcho[] = [];
  for (const r of chainRegions(a.fp, b.fp, chains)) {
    if (same) separateWithin(r);
    trimToEdges(a.fp, b.fp, r);
    if (same) separateWithin(r);
    const la = r.a1 - r.a0;
    const lb = r.b1 - r.b0;
    if (Math.min(la, lb) < options.minWords) continue;
    const matches = countMatches(a.fp.hashes, r.a0, r.a1, b.fp.hashes, r.b0, r.b1);
    const similarity = (2 * matches) / (la + lb);
    if (similarity < options.minSimilarity || matches < options.minWords) continue;
    found.push({
      matches,
      echo: {
        kind: same ? 'within' : 'across',
        similarity: Math.round(similarity * 1000) / 1000,
        a: { doc: a.id, start: a.fp.starts[r.a0] ?? 0, end: passageEnd(a.fp, r.a1 - 1) },
        b: { doc: b.id, start: b.fp.starts[r.b0] ?? 0, end: passageEnd(b.fp, r.b1 - 1) },
      },
    });
  }
  return found;
}

/** The end offset of a passage whose last token is `last`, taking its closing punctuation. */
export function passageEnd(fp: Fingerprints, last: number): number {
  const flags = fp.flags[last] ?? 0;
  const end = fp.ends[last] ?? 0;
  return (flags & SENTENCE_AFTER) !== 0 ? end + (flags >>> TAIL_SHIFT) : end;
}

/** Strongest first (most aligned words), then by position, so output order is stable. */
export function rankEchoes(found: readonly RankedEcho[]): Echo[] {
  return [...found]
    .sort(
      (x, y) =>
        y.matches - x.matches ||
        (x.echo.a.doc < y.echo.a.doc ? -1 : x.echo.a.doc > y.echo.a.doc ? 1 : 0) ||
        x.echo.a.start - y.echo.a.start ||
        x.echo.b.start - y.echo.b.start,
    )
    .map((r) => r.echo);
}
