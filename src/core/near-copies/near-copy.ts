import type { Echo } from '../model';
import { EchoIndex } from '../echoes/echo-index';
import { type Fingerprints, fingerprintText } from '../echoes/fingerprint';

/** Share of the new article's words that must sit in echoes with one archived article. */
export const NEAR_COPY_SHARE = 0.9;

/**
 * Share of the archived article's words that must echo the new one too, so a paragraph quoted
 * from a long article (all its words echo, but it is not a copy of the article) is not one.
 */
export const NEAR_COPY_OTHER_SHARE = 0.5;

/**
 * Words (both texts together) past which a pair is not aligned at import: the engine's query on a
 * long, self-similar text (a 40,000-word transcript of one repeated sentence pattern) takes tens of
 * seconds on the main thread, so such a near copy is left unasked rather than freeze the import.
 */
export const MAX_PAIR_WORDS = 20_000;

/** How much of each of two texts the other repeats, weighted by the echoes' similarity. */
export interface NearCopyMeasure {
  readonly id: string;
  /** Of the new text's words, the share in echoes with this candidate (0–1). */
  readonly share: number;
  /** Of the candidate's words, the share in echoes with the new text (0–1). */
  readonly otherShare: number;
}

/** A candidate to compare a new text with: its id and stored fingerprints. */
export interface NearCopyCandidate {
  readonly id: string;
  readonly fingerprints: Fingerprints;
}

// Per token, the best similarity of an echo passage covering it; summed, over the token count.
function coveredShare(
  fp: Fingerprints,
  passages: readonly { start: number; end: number; similarity: number }[],
): number {
  const count = fp.starts.length;
  if (count === 0 || passages.length === 0) return 0;
  const best = new Float32Array(count);
  for (const p of passages) {
    for (let t = 0; t < count; t++) {
      const start = fp.starts[t] ?? 0;
      if (start >= p.start && start < p.end && p.similarity > (best[t] ?? 0))
        best[t] = p.similarity;
    }
  }
  let sum = 0;
  for (const value of best) sum += value;
  return sum / count;
}

/**
 * Measures a new text against a few candidates with the echo engine (its fingerprints and banded
 * alignment, default thresholds), best first. Only candidates are aligned, never the archive.
 */
export function measureNearCopies(
  text: string,
  candidates: readonly NearCopyCandidate[],
): NearCopyMeasure[] {
  const fp = fingerprintText(text);
  const fitting = candidates.filter(
    (c) => fp.hashes.length + c.fingerprints.hashes.length <= MAX_PAIR_WORDS,
  );
  if (fitting.length === 0) return [];
  const index = new EchoIndex();
  for (const c of fitting) index.add(c.id, c.fingerprints);
  const newId = '\u0000new';
  const echoes: Echo[] = index.query({ id: newId, text });
  return fitting
    .map((c) => {
      const found = echoes.filter((e) => e.b.doc === c.id);
      return {
        id: c.id,
        share: coveredShare(
          fp,
          found.map((e) => ({ start: e.a.start, end: e.a.end, similarity: e.similarity })),
        ),
        otherShare: coveredShare(
          c.fingerprints,
          found.map((e) => ({ start: e.b.start, end: e.b.end, similarity: e.similarity })),
        ),
      };
    })
    .sort((x, y) => y.share - x.share || y.otherShare - x.otherShare);
}

/** True when a measure says the new text is a near copy of that candidate. */
export function isNearCopy(measure: NearCopyMeasure): boolean {
  return measure.share >= NEAR_COPY_SHARE && measure.otherShare >= NEAR_COPY_OTHER_SHARE;
}
