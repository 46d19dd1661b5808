import { tokenise } from '../text/tokenise';
import { winnow } from './winnow';

/** Terms per hashed k-gram. Tuned with the planted-echo evaluation (bench/engine). */
export const GRAM_TERMS = 4;
/** Winnowing window, in k-grams. */
export const WINNOW_WINDOW = 4;
/**
 * Bumped whenever tokens, hashes, k or w change, so stored fingerprints (and echoes and clusters
 * cached with them) can be recognised as stale. 2: tokensPerWord, so that Thai, Chinese and
 * Japanese minimums count words, not letters.
 */
export const FINGERPRINT_VERSION = 2;

/**
 * Everything the echo search needs about one text, as a plain object of typed arrays: safe to
 * structured-clone, post to a worker or store in IndexedDB, and always rebuildable from the text.
 */
export interface Fingerprints {
  readonly version: number;
  readonly textLength: number;
  /** Per normalised token: term hash, original span and edge flags (see text/token-stream.ts). */
  readonly hashes: Uint32Array;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  readonly flags: Uint8Array;
  /** Winnowed k-gram hashes and the token index where each k-gram starts. */
  readonly marks: Uint32Array;
  readonly markPositions: Uint32Array;
  /**
   * Tokens a word (text/words-per-token.ts), for minimums counted in words; absent: 1, a text
   * written with spaces (Thai is ~3.1 tokens a word, Chinese and Japanese ~1.6).
   */
  readonly tokensPerWord?: number;
}

/** Tokenise, normalise and winnow a text into its storable fingerprints. */
export function fingerprintText(text: string): Fingerprints {
  const tokens = tokenise(text);
  const marks = winnow(tokens.hashes, tokens.count, GRAM_TERMS, WINNOW_WINDOW);
  return {
    version: FINGERPRINT_VERSION,
    textLength: text.length,
    hashes: tokens.hashes,
    starts: tokens.starts,
    ends: tokens.ends,
    flags: tokens.flags,
    marks: marks.hashes,
    markPositions: marks.positions,
    tokensPerWord: tokens.tokensPerWord ?? 1,
  };
}

/** True when fingerprints were made by this version of the engine (else rebuild them from text). */
export function isCurrent(fp: Fingerprints): boolean {
  return fp.version === FINGERPRINT_VERSION;
}
