import { classOf, classifyCodePoint, lowerOf } from './char-class';
import type { TokenBuilder } from './token-stream';
import { sharedBuilder } from './tokenise';
import { normaliseAt } from './raw-token-cache';
import { tokeniseUtf8 } from './tokenise-utf8';
import type { Utf8Tokens } from './utf8-tokens';
import { TOKENISE_WASM } from './tokenise-wasm-bytes';
import { tokensPerWord } from './words-per-token';

/**
 * Texts longer than this (bytes) go to the JavaScript tokeniser: linear memory never shrinks,
 * and a text takes ~55 bytes of it per byte (the input, four token arrays, escapes and
 * winnowing's three), so one 5 MB article would keep ~275 MB for the rest of a run. A megabyte
 * (~55 MB kept) is far past any article. (The packed spans' room, 22 bytes a byte, is reserved
 * but barely touched: ~1 byte a token is written.)
 */
export const WASM_MAX_BYTES = 1 << 20;

/** What the WebAssembly module exports (src/core/text/assembly/tokenise.ts). */
interface TokeniserExports {
  readonly memory: { readonly buffer: ArrayBuffer };
  prepare(n: number): number;
  tokenise(n: number): void;
  hashesAt(): number;
  startsAt(): number;
  endsAt(): number;
  flagsAt(): number;
  escapesAt(): number;
  normAt(): number;
  winnow(k: number, w: number): number;
  marksAt(): number;
  positionsAt(): number;
  packSpans(): number;
  packedAt(): number;
  tokenCount(): number;
  escapeTotal(): number;
  sawControls(): number;
  utf16Length(): number;
  ideographCount(): number;
  unspacedLetterCount(): number;
}

/** The part of the WebAssembly API used here (the Node typings of this project lack the DOM's). */
interface WasmApi {
  readonly Module: new (bytes: Uint8Array) => object;
  readonly Instance: new (module: object, imports: object) => { readonly exports: object };
}

/** The instance and views of its memory (made again when the memory grows). */
interface Tokeniser {
  readonly exports: TokeniserExports;
  buffer: ArrayBuffer;
  u8: Uint8Array;
  u32: Uint32Array;
}

let tokeniser: Tokeniser | null | undefined;
// The compiled module, shared by the tokeniser's instance and each mark store's (null: unusable).
let compiled: { api: WasmApi; module: object } | null | undefined;

/**
 * A new instance of the module (its exports); null where WebAssembly is missing or refuses it.
 * The tokeniser keeps one; each mark store and hash store makes its own (wasm-kernels.ts).
 */
export function instantiate(): object | null {
  if (compiled === undefined) {
    const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
    try {
      const bytes = Uint8Array.from(atob(TOKENISE_WASM), (c) => c.charCodeAt(0));
      compiled = api ? { api, module: new api.Module(bytes) } : null;
    } catch {
      compiled = null;
    }
  }
  if (!compiled) return null;
  const imports = {
    env: {
      classOf,
      classifyCodePoint,
      lowerOf,
      // A rare raw token ("we're", "£200m"): normalised by the JavaScript code, from a cache.
      normalise: (from: number, to: number, key: number): number => {
        const t = current();
        const found = normaliseAt(t.u8, textAt + from, textAt + to, key);
        t.u32.set(found.hashes, t.exports.normAt() >>> 2);
        return found.hashes.length;
      },
    },
  };
  try {
    return new compiled.api.Instance(compiled.module, imports).exports;
  } catch {
    return null;
  }
}

// The tokeniser's instance, made on first use; null where WebAssembly cannot run it.
function instance(): Tokeniser | null {
  if (tokeniser !== undefined) return tokeniser;
  const made = instantiate() as TokeniserExports | null;
  if (!made) return (tokeniser = null);
  tokeniser = {
    exports: made,
    buffer: made.memory.buffer,
    u8: new Uint8Array(0),
    u32: new Uint32Array(0),
  };
  refresh(tokeniser);
  return tokeniser;
}

// Where the current text's bytes are in linear memory (set by each call).
let textAt = 0;

function current(): Tokeniser {
  if (!tokeniser) throw new Error('tokeniseUtf8Wasm: no instance');
  return tokeniser;
}

function refresh(t: Tokeniser): void {
  t.buffer = t.exports.memory.buffer;
  t.u8 = new Uint8Array(t.buffer);
  t.u32 = new Uint32Array(t.buffer);
}

/**
 * tokeniseUtf8 (tokenise-utf8.ts) in WebAssembly: the same tokens, hashes, flags, spans, length,
 * controls and escapes, at about half the CPU on an archive of English text (`npm run bench --
 * cli-speed`), and without the JavaScript tokeniser's warm-up. Falls back to tokeniseUtf8 for a
 * text over WASM_MAX_BYTES or where WebAssembly cannot run. The escapes are a view valid until
 * the next call, as tokeniseUtf8's are. With `copy` false, tokens made in WebAssembly are left
 * there (`into` is emptied): keptTokensWasm gives them.
 */
export function tokeniseUtf8Wasm(
  bytes: Uint8Array,
  end = bytes.length,
  into: TokenBuilder = sharedBuilder,
  copy = true,
): WasmTokens {
  const t = end <= WASM_MAX_BYTES ? instance() : null;
  const at = t ? t.exports.prepare(end) : 0;
  if (!t || at === 0) return { ...tokeniseUtf8(bytes, end, into), inWasm: false };
  if (t.buffer !== t.exports.memory.buffer) refresh(t);
  textAt = at;
  t.u8.set(bytes.subarray(0, end), at);
  const wasm = t.exports;
  wasm.tokenise(end);
  const count = wasm.tokenCount();
  into.count = 0;
  into.ideographs = wasm.ideographCount();
  into.unspacedLetters = wasm.unspacedLetterCount();
  const x = wasm.escapesAt() >>> 2;
  const found = {
    tokens: into,
    length: wasm.utf16Length(),
    controls: wasm.sawControls() !== 0,
    escapes: t.u32.subarray(x, x + wasm.escapeTotal()),
    inWasm: true,
  };
  if (!copy) return found;
  into.grow(count);
  const h = wasm.hashesAt() >>> 2;
  const s = wasm.startsAt() >>> 2;
  const e = wasm.endsAt() >>> 2;
  const f = wasm.flagsAt();
  into.hashes.set(t.u32.subarray(h, h + count));
  into.starts.set(t.u32.subarray(s, s + count));
  into.ends.set(t.u32.subarray(e, e + count));
  into.flags.set(t.u8.subarray(f, f + count));
  into.count = count;
  return found;
}

/** tokeniseUtf8Wasm's result: tokeniseUtf8's, and whether WebAssembly made it. */
export interface WasmTokens extends Utf8Tokens {
  /** True when the tokens were made in WebAssembly, so winnowWasm may winnow them there. */
  readonly inWasm: boolean;
}

/**
 * winnowShared (echoes/winnow.ts) of the tokens the last tokeniseUtf8Wasm made, in WebAssembly
 * where they still are: the same marks, as views valid until the next call. Only after a call
 * whose `inWasm` is true.
 */
export function winnowWasm(k: number, w: number): { hashes: Uint32Array; positions: Uint32Array } {
  const t = current();
  const kept = t.exports.winnow(k, w);
  const m = t.exports.marksAt() >>> 2;
  const p = t.exports.positionsAt() >>> 2;
  return { hashes: t.u32.subarray(m, m + kept), positions: t.u32.subarray(p, p + kept) };
}

/** Tokens as an archive keeps them: hashes, edge flags and spans packed as TokenStore packs them. */
export interface KeptTokens {
  readonly count: number;
  readonly hashes: Uint32Array;
  readonly flags: Uint8Array;
  readonly packedSpans: Uint8Array;
  /** Tokens a word (words-per-token.ts). */
  readonly tokensPerWord: number;
}

/**
 * The tokens the last tokeniseUtf8Wasm made, where they are in WebAssembly memory, their spans
 * packed there (TokenStore's packing, byte for byte): views valid until the next call. Only after
 * a call whose `inWasm` is true.
 */
export function keptTokensWasm(): KeptTokens {
  const t = current();
  const wasm = t.exports;
  const count = wasm.tokenCount();
  const size = wasm.packSpans();
  const h = wasm.hashesAt() >>> 2;
  const f = wasm.flagsAt();
  const p = wasm.packedAt();
  return {
    count,
    hashes: t.u32.subarray(h, h + count),
    flags: t.u8.subarray(f, f + count),
    packedSpans: t.u8.subarray(p, p + size),
    tokensPerWord: tokensPerWord(count, wasm.ideographCount(), wasm.unspacedLetterCount()),
  };
}
