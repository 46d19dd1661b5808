import type { TokenBuilder } from '../../text/token-stream';
import type { KeptTokens } from '../../text/tokenise-wasm';
import type { WasmHashes } from './wasm-hashes';

/** Tokens a slab holds (4 MB of hashes, 1 MB of flags); a longer text gets arrays of its own. */
const SLAB_TOKENS = 1 << 20;
/** Bytes a slab of packed spans holds. */
const SLAB_BYTES = 1 << 22;
/** Marks a packed span that did not fit in one byte: its two numbers follow as varints. */
const WIDE = 0xff;
/** The place in `hashes` of a document whose hashes are in WebAssembly memory. */
const NO_HASHES = new Uint32Array(0);

/** A document's tokens as kept: how many, and their edge flags (a view into a shared slab). */
export interface StoredTokens {
  readonly count: number;
  readonly flags: Uint8Array;
}

/**
 * The tokens of every document of an archive-wide scan, kept compactly: hashes and flags copied
 * into large shared slabs (one allocation per million tokens, not four per text; the hashes into
 * WebAssembly memory where it runs, WasmHashes), and each
 * token's character span packed into about one byte (the distance from the previous token's
 * start and the token's length, four bits each when both are under 15, else varints), so the
 * passages of a cluster get their offsets without the text being tokenised a second time.
 */
export class TokenStore {
  /** Per document: where its hashes start in `wasm` (a word), or -1 when they are in `hashes`. */
  private readonly wasmAt: number[] = [];
  private readonly hashes: Uint32Array[] = [];
  private readonly counts: number[] = [];
  private hashSlab = new Uint32Array(0);
  private hashAt = 0;
  private flagSlab = new Uint8Array(0);
  private flagAt = 0;
  private spanSlab = new Uint8Array(0);
  private spanAt = 0;
  /** Per document: its packed spans (a view into a span slab). */
  private readonly spans: Uint8Array[] = [];
  private scratch = new Uint8Array(1 << 12);

  /**
   * `wasm`: where the hashes are kept while its memory can grow (so the lone-seed checks run
   * there); in JavaScript slabs without it, or past its limit.
   */
  constructor(private readonly wasm?: WasmHashes) {}

  /** The store the hashes are kept in where WebAssembly runs (see the constructor). */
  get kernel(): WasmHashes | undefined {
    return this.wasm;
  }

  /**
   * Document `doc`'s token hashes (a view). Take them once every document is kept: a view of
   * hashes in WebAssembly memory is lost when the memory grows for the next.
   */
  hashesOf(doc: number): Uint32Array {
    const at = this.wasmAt[doc] ?? -1;
    if (at < 0 || !this.wasm) return this.hashes[doc] ?? new Uint32Array(0);
    return this.wasm.words().subarray(at, at + (this.counts[doc] ?? 0));
  }

  /** Keep the tokens in `tokens` (the shared builder, about to be reused) as the next document. */
  add(tokens: TokenBuilder): StoredTokens {
    const n = tokens.count;
    const kept = this.keepTokens(tokens.hashes, tokens.flags, n);
    // Packing may replace the scratch array: its size first, then the array.
    const size = this.pack(tokens.starts, tokens.ends, n);
    this.spans.push(this.keepSpans(this.scratch.subarray(0, size)));
    return kept;
  }

  /**
   * Keep tokens whose spans are packed already (keptTokensWasm: packed in WebAssembly, where the
   * tokeniser left them) as the next document: as `add`, the same bytes kept.
   */
  addKept(tokens: KeptTokens): StoredTokens {
    const kept = this.keepTokens(tokens.hashes, tokens.flags, tokens.count);
    this.spans.push(this.keepSpans(tokens.packedSpans));
    return kept;
  }

  // The first n hashes and flags copied into the slabs (or arrays of their own, past a slab);
  // the hashes into WebAssembly memory where it takes them.
  private keepTokens(fromHashes: Uint32Array, fromFlags: Uint8Array, n: number): StoredTokens {
    const inWasm = this.wasm ? this.wasm.keep(fromHashes, n) : -1;
    this.wasmAt.push(inWasm);
    this.counts.push(n);
    this.hashes.push(inWasm < 0 ? this.keepHashes(fromHashes, n) : NO_HASHES);
    return { count: n, flags: this.keepFlags(fromFlags, n) };
  }

  private keepHashes(from: Uint32Array, n: number): Uint32Array {
    if (n > SLAB_TOKENS) return from.slice(0, n);
    if (this.hashAt + n > this.hashSlab.length) {
      this.hashSlab = new Uint32Array(SLAB_TOKENS);
      this.hashAt = 0;
    }
    const kept = this.hashSlab.subarray(this.hashAt, this.hashAt + n);
    kept.set(from.subarray(0, n));
    this.hashAt += n;
    return kept;
  }

  private keepFlags(from: Uint8Array, n: number): Uint8Array {
    if (n > SLAB_TOKENS) return from.slice(0, n);
    if (this.flagAt + n > this.flagSlab.length) {
      this.flagSlab = new Uint8Array(SLAB_TOKENS);
      this.flagAt = 0;
    }
    const kept = this.flagSlab.subarray(this.flagAt, this.flagAt + n);
    kept.set(from.subarray(0, n));
    this.flagAt += n;
    return kept;
  }

  /** Document `doc`'s spans as packed (a view). */
  packedOf(doc: number): Uint8Array {
    return this.spans[doc] ?? new Uint8Array(0);
  }

  /** The character spans of document `doc`'s tokens, unpacked. */
  spansOf(doc: number, count: number): { starts: Uint32Array; ends: Uint32Array } {
    const packed = this.spans[doc] ?? new Uint8Array(0);
    const starts = new Uint32Array(count);
    const ends = new Uint32Array(count);
    let start = 0;
    let at = 0;
    for (let t = 0; t < count; t++) {
      const b = packed[at++] ?? 0;
      let length: number;
      if (b !== WIDE) {
        start += b >>> 4;
        length = b & 15;
      } else {
        let delta = 0;
        for (let shift = 0; ; shift += 7) {
          const v = packed[at++] ?? 0;
          delta += (v & 127) * 2 ** shift;
          if (v < 128) break;
        }
        length = 0;
        for (let shift = 0; ; shift += 7) {
          const v = packed[at++] ?? 0;
          length += (v & 127) * 2 ** shift;
          if (v < 128) break;
        }
        start += delta;
      }
      starts[t] = start;
      ends[t] = start + length;
    }
    return { starts, ends };
  }

  // Spans packed into the scratch array; returns the number of bytes used. (assembly/spans.ts
  // packs them byte for byte the same.)
  private pack(starts: Uint32Array, ends: Uint32Array, n: number): number {
    // At most 11 bytes a token (one marker and two five-byte varints).
    if (this.scratch.length < n * 11) this.scratch = new Uint8Array(n * 11);
    const out = this.scratch;
    let at = 0;
    let previous = 0;
    for (let t = 0; t < n; t++) {
      const start = starts[t] ?? 0;
      const delta = start - previous;
      const length = (ends[t] ?? 0) - start;
      previous = start;
      if (delta < 15 && length < 15) {
        out[at++] = (delta << 4) | length;
        continue;
      }
      out[at++] = WIDE;
      for (let v = delta; ; v = Math.floor(v / 128)) {
        out[at++] = v < 128 ? v : (v & 127) | 128;
        if (v < 128) break;
      }
      for (let v = length; ; v = Math.floor(v / 128)) {
        out[at++] = v < 128 ? v : (v & 127) | 128;
        if (v < 128) break;
      }
    }
    return at;
  }

  // The packed bytes copied into a slab (or an array of their own).
  private keepSpans(packed: Uint8Array): Uint8Array {
    const size = packed.length;
    if (size > SLAB_BYTES) return packed.slice();
    if (this.spanAt + size > this.spanSlab.length) {
      this.spanSlab = new Uint8Array(SLAB_BYTES);
      this.spanAt = 0;
    }
    const kept = this.spanSlab.subarray(this.spanAt, this.spanAt + size);
    kept.set(packed);
    this.spanAt += size;
    return kept;
  }
}
