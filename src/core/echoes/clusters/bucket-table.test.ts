import { describe, expect, it } from 'vitest';
import { markKernels } from '../../text/wasm-kernels';

// assembly/marks.ts keepBuckets: "`table` is 2^(SLOT_BITS − 4) words, zero on entry (and left so)".
// clearTable zeroes the words of the hashes it reads back from [from, to); before this was fixed,
// keepRepeating had already moved the repeats down over the start of that range, so a one-off there
// was no longer read and its "seen once" bit stayed set for the next bucket.
describe('keepBuckets (assembly/marks.ts) leaves its table as it found it', () => {
  it('clears the slot of a one-off overwritten by the repeats moved down over it', () => {
    const k = markKernels();
    if (!k) throw new Error('no wasm');
    const base = k.heapStart();
    const words = 1 << 15;
    const outH = base;
    const outM = outH + 4 * 16;
    const starts = outM + 4 * 16;
    const table = starts + 4 * 257;
    const scratchH = table + 4 * words;
    const scratchM = scratchH + 4 * 16;
    const counts = scratchM + 4 * 16;
    expect(k.reserve(counts + 3 * 256 * 4)).toBe(1);
    const u32 = new Uint32Array(k.memory.buffer);
    // Bucket 0x12: a one-off B first, then a repeated A twice (all in one bucket).
    const B = 0x12000020; // slot (B >>> 5) & 0x7ffff = 1
    const A = 0x12abcde0;
    u32.set([B, A, A], outH >>> 2);
    u32.set([0, 1, 2], outM >>> 2);
    u32[(starts >>> 2) + 0x12] = 0;
    u32[(starts >>> 2) + 0x13] = 3;
    const kept = k.keepBuckets(
      0x12,
      0x13,
      0,
      outH,
      outM,
      starts,
      table,
      scratchH,
      scratchM,
      counts,
    );
    expect(kept).toBe(2);
    const dirty = u32.subarray(table >>> 2, (table >>> 2) + words).findIndex((w) => w !== 0);
    expect(dirty).toBe(-1);
  });
});
