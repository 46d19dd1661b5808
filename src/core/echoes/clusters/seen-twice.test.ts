import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SeenTwice } from './seen-twice';

describe('SeenTwice', () => {
  it('never calls a hash added twice a singleton (random hashes, split across calls)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 0xffffffff }), { maxLength: 300 }),
        fc.nat(),
        (hashes, cut) => {
          const seen = new SeenTwice();
          const all = Uint32Array.from(hashes);
          const at = hashes.length === 0 ? 0 : cut % hashes.length;
          seen.addAll(all.subarray(0, at));
          seen.addAll(all.subarray(at));
          const counts = new Map<number, number>();
          for (const h of hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
          for (const [h, n] of counts) if (n > 1) expect(seen.mayRepeat(h)).toBe(true);
        },
      ),
    );
  });

  it('lets most singletons go when hashes are spread (what makes the filter worth it)', () => {
    const seen = new SeenTwice();
    const hashes = new Uint32Array(100_000);
    let x = 12345;
    for (let i = 0; i < hashes.length; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      hashes[i] = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) >>> 0;
    }
    seen.addAll(hashes);
    const kept = hashes.filter((h) => seen.mayRepeat(h)).length;
    expect(kept).toBeLessThan(hashes.length * 0.01);
    expect(seen.mayRepeat(0xdeadbeef)).toBe(false);
  });
});
