/** Bits of a hash that index the two bit sets (2^27 bits = 16 MB each). */
const BITS = 27;
const SHIFT = 32 - BITS;

/**
 * Which mark hashes may occur more than once, kept as marks are added: two bit sets indexed by
 * the hash's top bits (seen once, seen again). A hash seen once is never reported as repeated;
 * a collision only keeps a singleton a little longer (the exact check after the sort drops it).
 * Nine marks in ten are singletons in prose, so the sort that follows handles a tenth (plus
 * collisions: about 2% at 10,000 articles, 16% at 100,000) of the marks rather than all of them.
 */
export class SeenTwice {
  private readonly once = new Int32Array(1 << (BITS - 5));
  private readonly twice = new Int32Array(1 << (BITS - 5));

  /** Note one occurrence of each of `hashes`. */
  addAll(hashes: Uint32Array): void {
    const { once, twice } = this;
    for (let i = 0; i < hashes.length; i++) {
      const slot = (hashes[i] ?? 0) >>> SHIFT;
      const word = slot >>> 5;
      const bit = 1 << (slot & 31);
      const seen = once[word] ?? 0;
      if ((seen & bit) !== 0) twice[word] = (twice[word] ?? 0) | bit;
      else once[word] = seen | bit;
    }
  }

  /** False when `hash` was surely added at most once. */
  mayRepeat(hash: number): boolean {
    const slot = hash >>> SHIFT;
    return ((this.twice[slot >>> 5] ?? 0) & (1 << (slot & 31))) !== 0;
  }
}
