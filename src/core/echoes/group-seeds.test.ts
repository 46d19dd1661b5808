import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupSeeds } from './group-seeds';
import { SeedList } from './seeds';

type Seed = [docA: number, posA: number, docB: number, posB: number, df: number];

/** The contract, the slow way: a stable sort by (docA, docB, posA), lonely common pairs out. */
function naive(seeds: readonly Seed[], lonelyAbove: number) {
  const sorted = seeds
    .map((s, i) => ({ s, i }))
    .sort((x, y) => x.s[0] - y.s[0] || x.s[2] - y.s[2] || x.s[1] - y.s[1] || x.i - y.i)
    .map((x) => x.s);
  const pairOf = (s: Seed) => `${s[0]},${s[2]}`;
  const size = new Map<string, number>();
  for (const s of sorted) size.set(pairOf(s), (size.get(pairOf(s)) ?? 0) + 1);
  const kept = sorted.filter((s) => size.get(pairOf(s)) !== 1 || s[4] <= lonelyAbove);
  const bounds = kept.flatMap((s, i) =>
    i === 0 || pairOf(kept[i - 1] as Seed) !== pairOf(s) ? [i] : [],
  );
  return { kept, bounds: [...bounds, kept.length] };
}

function grouped(seeds: readonly Seed[], lonelyAbove: number) {
  const list = new SeedList();
  for (const [da, pa, db, pb, df] of seeds) list.push(da, pa, db, pb, df);
  const g = groupSeeds(list, lonelyAbove);
  const kept = Array.from(g.docA, (da, i): Seed => [
    da,
    g.posA[i] ?? -1,
    g.docB[i] ?? -1,
    g.posB[i] ?? -1,
    g.df[i] ?? -1,
  ]);
  return { kept, bounds: g.bounds };
}

describe('groupSeeds', () => {
  it('orders seeds by pair then position, stably, and drops lonely common pairs', () => {
    // Few documents and positions: pairs with one seed, with a few, and (sometimes) with more
    // than fit an insertion sort, with ties in position; document numbers past 2^11 and 2^22.
    const doc = fc.oneof(fc.nat({ max: 5 }), fc.constantFrom(2047, 2048, 5_000_000));
    const seed = fc.tuple(doc, fc.nat({ max: 12 }), doc, fc.nat({ max: 1000 }), fc.nat({ max: 6 }));
    fc.assert(
      fc.property(
        fc.array(seed, { maxLength: 300 }),
        fc.constantFrom(3, Infinity),
        (seeds, lonely) => {
          expect(grouped(seeds, lonely)).toEqual(naive(seeds, lonely));
        },
      ),
    );
  });

  it('orders a pair with many seeds (past the insertion sort) the same way', () => {
    const seed = fc.tuple(
      fc.nat({ max: 1 }),
      fc.nat({ max: 40 }),
      fc.nat({ max: 1 }),
      fc.nat(),
      fc.nat({ max: 6 }),
    );
    fc.assert(
      fc.property(fc.array(seed, { minLength: 100, maxLength: 400 }), (seeds) => {
        expect(grouped(seeds, 3)).toEqual(naive(seeds, 3));
      }),
    );
  });
});
