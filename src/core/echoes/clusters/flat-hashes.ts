import type { Fingerprints } from '../fingerprint';
import type { SeedArrays } from './lone-seed-check';

/**
 * Every document's token hashes reachable with one typed-array read: the arrays the hashes live
 * in (an archive keeps them in shared slabs) and, per document, which one and where. Reading
 * `fps[doc].hashes[i]` instead chases three pointers (the fingerprint object, the view, its
 * data), each a cache miss for a document read once, at random.
 */
export interface FlatHashes {
  readonly slabs: readonly Uint32Array[];
  readonly slabOf: Uint32Array;
  readonly offsetOf: Uint32Array;
  readonly lengthOf: Uint32Array;
  /** Checks lone seeds where the words of one slab are (an archive's WebAssembly memory). */
  readonly kernel?: LoneSeedKernel;
}

/**
 * Lone-seed checks made where a slab's words are (WasmHashes: in WebAssembly): the same result
 * as passLoneSeeds' JavaScript for every seed it takes.
 */
export interface LoneSeedKernel {
  /** The buffer of the words it reads. */
  readonly buffer: ArrayBufferLike;
  /**
   * Set pass[s] to 1, as passLoneSeeds, for the seeds s of `order` whose two documents' words
   * are in `flat.slabs[slab]` (this kernel's buffer); returns the other seeds of `order`.
   */
  check(
    flat: FlatHashes,
    slab: number,
    seeds: SeedArrays,
    order: Uint32Array,
    minWords: number,
    pass: Uint8Array,
  ): Uint32Array;
}

/**
 * The token hashes of `fps` as slabs and per-document places in them (see FlatHashes); `kernel`
 * checks lone seeds where its buffer's words are.
 */
export function flatHashes(
  fps: readonly (Fingerprints | undefined)[],
  kernel?: LoneSeedKernel,
): FlatHashes {
  const slabs: Uint32Array[] = [];
  const index = new Map<ArrayBufferLike, number>();
  const n = fps.length;
  const flat = {
    kernel,
    slabs,
    slabOf: new Uint32Array(n),
    offsetOf: new Uint32Array(n),
    lengthOf: new Uint32Array(n),
  };
  for (let d = 0; d < n; d++) {
    const h = hashesOf(fps[d]);
    if (!h || h.length === 0) continue;
    let s = index.get(h.buffer);
    if (s === undefined) {
      s = slabs.length;
      slabs.push(new Uint32Array(h.buffer, 0, h.buffer.byteLength >>> 2));
      index.set(h.buffer, s);
    }
    flat.slabOf[d] = s;
    flat.offsetOf[d] = h.byteOffset >>> 2;
    flat.lengthOf[d] = h.length;
  }
  return flat;
}

// A document whose fingerprints cannot be read (damaged data) has no words here: its lone seeds
// are not extended, and its other pairs fail in the scan's own per-pair isolation, which names it.
function hashesOf(fp: Fingerprints | undefined): Uint32Array | undefined {
  try {
    return fp?.hashes;
  } catch {
    return undefined;
  }
}
