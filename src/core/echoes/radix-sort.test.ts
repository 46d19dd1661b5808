import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { radixSortCarrying, radixSortPairs, radixSortPairsInSteps, sortOrder } from './radix-sort';

describe('sortOrder', () => {
  it('sorts like a stable comparison sort', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffffffff })), (values) => {
        const keys = Uint32Array.from(values);
        const expected = values
          .map((v, i) => [v, i] as const)
          .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
        expect([...sortOrder(keys)]).toEqual(expected.map(([, i]) => i));
      }),
    );
  });

  it('sorts large inputs (the radix passes) like a stable comparison sort', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4096, max: 20_000 }), fc.integer(), (n, seed) => {
        let x = seed >>> 0;
        const values = Array.from({ length: n }, () => {
          x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
          return x % 3 === 0 ? x & 0xff : x;
        });
        const expected = values
          .map((v, i) => [v, i] as const)
          .sort((p, q) => p[0] - q[0] || p[1] - q[1])
          .map(([, i]) => i);
        expect([...sortOrder(Uint32Array.from(values))]).toEqual(expected);
      }),
      { numRuns: 10 },
    );
  });

  it('carries two value arrays through the passes in the same stable order', () => {
    let x = 7;
    const n = 9000;
    const keys = Uint32Array.from({ length: n }, () => {
      x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
      return x % 5 === 0 ? x & 0xf : x;
    });
    const order = sortOrder(keys);
    const a = Uint32Array.from({ length: n }, (_, i) => i);
    const b = Uint32Array.from({ length: n }, (_, i) => i * 3);
    const sorted = radixSortCarrying(keys.slice(), a, b);
    expect([...sorted.a]).toEqual([...order]);
    expect([...sorted.b]).toEqual([...order].map((i) => i * 3));
    expect([...sorted.keys]).toEqual([...order].map((i) => keys[i]));
  });
});

describe('radixSortPairsInSteps', () => {
  it('pauses after each of the four passes and sorts as radixSortPairs does', () => {
    let x = 7;
    const keys = Uint32Array.from(
      { length: 10_000 },
      () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0),
    );
    const values = Uint32Array.from(keys, (_, i) => i);
    const whole = radixSortPairs(keys.slice(), values.slice());
    const steps = radixSortPairsInSteps(keys.slice(), values.slice());
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBe(4);
    expect([...step.value.keys]).toEqual([...whole.keys]);
    expect([...step.value.values]).toEqual([...whole.values]);
  });

  it('sorts a small input (a comparison sort) in one step', () => {
    const steps = radixSortPairsInSteps(Uint32Array.from([3, 1, 2]), Uint32Array.from([0, 1, 2]));
    const step = steps.next();
    expect(step.done).toBe(true);
    expect(step.value && [...step.value.values]).toEqual([1, 2, 0]);
  });
});
