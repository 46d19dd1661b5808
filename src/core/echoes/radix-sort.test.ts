import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortOrder } from './radix-sort';

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
});
