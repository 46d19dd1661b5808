import { describe, expect, it } from 'vitest';
import { describePosition } from './word-summary';

describe('describePosition', () => {
  it('says one difference in the singular, and where the navigation stands', () => {
    expect(describePosition(-1, 1)).toBe('One difference');
    expect(describePosition(-1, 0)).toBe('0 differences');
    expect(describePosition(-1, 1200)).toBe('1,200 differences');
    expect(describePosition(2, 12)).toBe('3 of 12');
  });
});
