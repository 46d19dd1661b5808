import { type HashKernels, hashKernels } from '../../text/wasm-kernels';
import { GRAM_TERMS } from '../fingerprint';
import type { FlatHashes, LoneSeedKernel } from './flat-hashes';
import { LOOK, SPAN_AFTER, SPAN_BEFORE, type SeedArrays } from './lone-seed-check';
import { GROWTH, LIMIT, align } from './wasm-marks-layout';

/**
 * Lone seeds checked a call: V8 has no on-stack replacement for WebAssembly, so a single call
 * over all of them would run in Liftoff's baseline code throughout; over many calls TurboFan's
 * code takes over after the first few.
 */
const CHUNK = 512;
/** Bytes a seed's record takes (six words: both documents' first word, length, position). */
const RECORD = 24;

/**
 * An archive's token hashes kept in WebAssembly memory (an instance of the tokeniser's module of
 * its own), so that the lone-seed checks run there (assembly/lone-seeds.ts) and not in
 * JavaScript: the same results, without the checks' JIT warm-up. Views of the kept hashes
 * (`words`) are only valid until the next `keep` (a grown memory is a new buffer): take them
 * once every document is kept. The memory is never given back before the instance is dropped.
 */
export class WasmHashes implements LoneSeedKernel {
  private u32: Uint32Array;
  private readonly seedsAt: number;
  private readonly outAt: number;
  private readonly nearAt: number;
  private readonly rowAt: number;
  /** The end of the hashes kept so far, and the memory reserved (bytes). */
  private end: number;
  private top = 0;

  constructor(private readonly kernels: HashKernels) {
    // The checks' scratch first, so that it never moves: records, results, the LCS's two rows.
    this.seedsAt = align(kernels.heapStart());
    this.outAt = this.seedsAt + CHUNK * RECORD;
    this.nearAt = align(this.outAt + CHUNK);
    this.rowAt = this.nearAt + 4 * (SPAN_BEFORE + SPAN_AFTER);
    this.end = align(this.rowAt + 4 * (SPAN_BEFORE + SPAN_AFTER + 1));
    this.u32 = new Uint32Array(kernels.memory.buffer);
    if (!this.room(this.end)) throw new Error('WasmHashes: no memory for the scratch');
  }

  /** The buffer the kept hashes are in (a new one after a `keep` that grew the memory). */
  get buffer(): ArrayBufferLike {
    return this.u32.buffer;
  }

  /** Keep the first n of `hashes`; returns the word they start at, or -1 when memory cannot grow. */
  keep(hashes: Uint32Array, n: number): number {
    if (!this.room(this.end + 4 * n)) return -1;
    const at = this.end >>> 2;
    this.u32.set(hashes.subarray(0, n), at);
    this.end += 4 * n;
    return at;
  }

  /** The memory as words: kept hashes are at the words `keep` gave (valid until the next keep). */
  words(): Uint32Array {
    return this.u32;
  }

  /** As LoneSeedKernel.check, in WebAssembly. */
  check(
    flat: FlatHashes,
    slab: number,
    seeds: SeedArrays,
    order: Uint32Array,
    minWords: number,
    pass: Uint8Array,
  ): Uint32Array {
    const { docA, docB, posA, posB } = seeds;
    const { slabOf, offsetOf, lengthOf } = flat;
    const u32 = this.u32;
    const out = new Uint8Array(u32.buffer, this.outAt, CHUNK);
    const taken = new Uint32Array(CHUNK);
    const rest = new Uint32Array(order.length);
    let others = 0;
    let n = 0;
    const run = (): void => {
      this.kernels.loneSeeds(
        this.seedsAt,
        n,
        minWords,
        this.outAt,
        this.nearAt,
        this.rowAt,
        LOOK,
        GRAM_TERMS,
        SPAN_BEFORE,
        SPAN_AFTER,
      );
      for (let i = 0; i < n; i++) if (out[i] === 1) pass[taken[i] ?? 0] = 1;
      n = 0;
    };
    for (let k = 0; k < order.length; k++) {
      const s = order[k] ?? 0;
      const da = docA[s] ?? 0;
      const db = docB[s] ?? 0;
      const na = lengthOf[da] ?? 0;
      const nb = lengthOf[db] ?? 0;
      // A document with no words fails either way; one whose words are elsewhere, JavaScript's.
      if ((na > 0 && slabOf[da] !== slab) || (nb > 0 && slabOf[db] !== slab)) {
        rest[others++] = s;
        continue;
      }
      const at = (this.seedsAt >>> 2) + 6 * n;
      u32[at] = offsetOf[da] ?? 0;
      u32[at + 1] = na;
      u32[at + 2] = posA[s] ?? 0;
      u32[at + 3] = offsetOf[db] ?? 0;
      u32[at + 4] = nb;
      u32[at + 5] = posB[s] ?? 0;
      taken[n++] = s;
      if (n === CHUNK) run();
    }
    if (n > 0) run();
    return rest.subarray(0, others);
  }

  // Memory reserved up to `top` bytes (grown by at least GROWTH, or half again); false when it
  // cannot be.
  private room(top: number): boolean {
    if (top <= this.top) return true;
    if (top >= LIMIT) return false;
    const k = this.kernels;
    const want = Math.min(LIMIT - 1, Math.max(top, this.top + GROWTH, Math.floor(this.top * 1.5)));
    const got = [want, top].find((t) => k.reserve(t) !== 0);
    if (got === undefined) return false;
    this.top = got;
    if (this.u32.buffer !== k.memory.buffer) this.u32 = new Uint32Array(k.memory.buffer);
    return true;
  }
}

/** A WasmHashes where WebAssembly runs, else undefined (the hashes then stay in JavaScript). */
export function newWasmHashes(): WasmHashes | undefined {
  const kernels = hashKernels();
  return kernels ? new WasmHashes(kernels) : undefined;
}
