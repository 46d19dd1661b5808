import { describe, expect, it } from 'vitest';
import { formatWordCount } from './library-row';

describe('formatWordCount', () => {
  it('groups the thousands of a long article and says one word in the singular', () => {
    expect(formatWordCount(1_100_000)).toBe('1,100,000 words');
    expect(formatWordCount(604)).toBe('604 words');
    expect(formatWordCount(1)).toBe('1 word');
    expect(formatWordCount(0)).toBe('0 words');
  });
});
