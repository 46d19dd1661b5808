import type { Echo } from '../model';
import { SENTENCE_AFTER, TAIL_SHIFT } from '../text/token-flags';
import { matchedWords, wordsIn } from '../text/words-per-token';
import type { Chain } from './chain';
import { countMatches } from './extend';
import type { Fingerprints } from './fingerprint';
import type { ResolvedEchoOptions } from './options';
import { type Region, chainRegions, separateWithin, trimToEdges } from './regions';

/** An echo with the number of aligned matching tokens, which ranks echoes by strength. */
export interface RankedEcho {
  readonly echo: Echo;
  readonly matches: number;
}

/** A side of a document pair: its id and fingerprints. */
export interface PairDoc {
  readonly id: string;
  readonly fp: Fingerprints;
}

/** A region of a document pair that passed the thresholds, with its aligned similarity. */
export interface PassingRegion {
  readonly region: Region;
  readonly matches: number;
  readonly similarity: number;
}

/**
 * The regions of one document pair's seed chains that pass the thresholds: extended (at most
 * `reach` tokens past the seeds), trimmed to clause edges, apart when in one document.
 */
export function passingRegions(
  fa: Fingerprints,
  fb: Fingerprints,
  same: boolean,
  chains: readonly Chain[],
  options: ResolvedEchoOptions,
  reach = Infinity,
): PassingRegion[] {
  const found: PassingRegion[] = [];
  for (const r of chainRegions(fa, fb, chains, reach)) {
    if (same) separateWithin(r);
    trimToEdges(fa, fb, r);
    if (same) separateWithin(r);
    const la = r.a1 - r.a0;
    const lb = r.b1 - r.b0;
    // In words, not tokens: a Thai letter or a Chinese character is a token (words-per-token.ts).
    const words = Math.min(wordsIn(la, fa.tokensPerWord), wordsIn(lb, fb.tokensPerWord));
    if (words < options.minWords) continue;
    const matches = countMatches(fa.hashes, r.a0, r.a1, fb.hashes, r.b0, r.b1);
    const similarity = (2 * matches) / (la + lb);
    if (similarity < options.minSimilarity || matchedWords(matches, fa, fb) < options.minWords)
      continue;
    found.push({ region: r, matches, similarity });
  }
  return found;
}

/** Turn the seed chains of one document pair into echoes that pass the thresholds. */
export function pairEchoes(
  a: PairDoc,
  b: PairDoc,
  chains: readonly Chain[],
  options: ResolvedEchoOptions,
): RankedEcho[] {
  const same = a.id === b.id;
  return passingRegions(a.fp, b.fp, same, chains, options).map(
    ({ region: r, matches, similarity }) => ({
      matches,
      echo: {
        kind: same ? 'within' : 'across',
        similarity: Math.round(similarity * 1000) / 1000,
        a: { doc: a.id, start: a.fp.starts[r.a0] ?? 0, end: passageEnd(a.fp, r.a1 - 1) },
        b: { doc: b.id, start: b.fp.starts[r.b0] ?? 0, end: passageEnd(b.fp, r.b1 - 1) },
      },
    }),
  );
}

/** The end offset of a passage whose last token is `last`, taking its closing punctuation. */
export function passageEnd(fp: Pick<Fingerprints, 'flags' | 'ends'>, last: number): number {
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
