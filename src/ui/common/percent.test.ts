import { describe, expect, it } from 'vitest';
import { percentOf } from './percent';

describe('percentOf: a share as a percentage that never claims an end it has not reached', () => {
  it('rounds to the nearest whole percent in between', () => {
    expect(percentOf(0.5)).toBe('50%');
    expect(percentOf(0.934)).toBe('93%');
    expect(percentOf(0.935)).toBe('94%');
  });

  it('says 99%, not 100%, for a share just short of all (16 copies at 100%, 4 at 98%)', () => {
    const average = (16 * 1 + 4 * 0.98) / 20;
    expect(average).toBeLessThan(1);
    expect(percentOf(average)).toBe('99%');
    expect(percentOf(0.9999)).toBe('99%');
    expect(percentOf(1)).toBe('100%');
  });

  it('says 1%, not 0%, for a share just above none', () => {
    expect(percentOf(0.003)).toBe('1%');
    expect(percentOf(0)).toBe('0%');
  });
});
