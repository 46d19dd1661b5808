import { describe, expect, it } from 'vitest';
import { stepFrom } from './use-steps';

describe('stepFrom', () => {
  it('starts at the first going forward and at the last going back', () => {
    expect(stepFrom(-1, 1, 4)).toBe(0);
    expect(stepFrom(-1, -1, 4)).toBe(3);
  });

  it('wraps round at both ends', () => {
    expect(stepFrom(3, 1, 4)).toBe(0);
    expect(stepFrom(0, -1, 4)).toBe(3);
    expect(stepFrom(1, 1, 4)).toBe(2);
  });

  it('has nothing to land on when there is nothing', () => {
    expect(stepFrom(-1, 1, 0)).toBe(-1);
    expect(stepFrom(2, -1, 0)).toBe(-1);
  });
});
