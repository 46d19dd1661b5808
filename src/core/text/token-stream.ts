import { tokensPerWord } from './words-per-token';

/** Normalised tokens of one text as parallel typed arrays (no object per token). */
export interface TokenStream {
  readonly count: number;
  /** FNV-1a hash of each normalised term. */
  readonly hashes: Uint32Array;
  /** Span of the original token each term came from (terms of one raw token share it). */
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  /** Edge and continuation bits, see token-flags.ts. */
  readonly flags: Uint8Array;
  /** Tokens a word (words-per-token.ts); absent: 1, a text written with spaces. */
  readonly tokensPerWord?: number;
}

/**
 * Grows the parallel arrays of a TokenStream while a text is scanned. One builder can be reused
 * for text after text (`reset`): its arrays only grow, so tokenising an archive allocates the
 * trimmed copies `finish` returns and nothing else.
 */
export class TokenBuilder {
  count = 0;
  /** How many of the tokens are Chinese or Japanese characters (each its own token). */
  ideographs = 0;
  /** How many are Thai, Lao, Khmer or Myanmar letters (each with its marks its own token). */
  unspacedLetters = 0;
  hashes: Uint32Array;
  starts: Uint32Array;
  ends: Uint32Array;
  flags: Uint8Array;

  constructor(capacity: number) {
    this.hashes = new Uint32Array(capacity);
    this.starts = new Uint32Array(capacity);
    this.ends = new Uint32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  /** Empty the builder for the next text, keeping its arrays. */
  reset(): void {
    this.count = 0;
    this.ideographs = 0;
    this.unspacedLetters = 0;
  }

  /** Tokens a word of the text in the builder (words-per-token.ts). */
  tokensPerWord(): number {
    return tokensPerWord(this.count, this.ideographs, this.unspacedLetters);
  }

  /** Append one token. */
  push(hash: number, start: number, end: number, flags: number): void {
    if (this.count === this.hashes.length) this.grow(this.count + 1);
    this.hashes[this.count] = hash;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.flags[this.count] = flags;
    this.count++;
  }

  /** The tokens, in arrays trimmed to size (compact to store); without spans, starts/ends empty. */
  finish(spans = true): TokenStream {
    const n = this.count;
    return {
      count: n,
      hashes: this.hashes.slice(0, n),
      starts: this.starts.slice(0, spans ? n : 0),
      ends: this.ends.slice(0, spans ? n : 0),
      flags: this.flags.slice(0, n),
      tokensPerWord: this.tokensPerWord(),
    };
  }

  /** Make room for at least `need` tokens (count is kept). */
  grow(need = this.count + 1): void {
    if (need <= this.hashes.length) return;
    const size = Math.max(need, this.hashes.length * 2);
    const grown = <T extends Uint32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
    this.hashes = grown(this.hashes, new Uint32Array(size));
    this.starts = grown(this.starts, new Uint32Array(size));
    this.ends = grown(this.ends, new Uint32Array(size));
    this.flags = grown(this.flags, new Uint8Array(size));
  }
}
