import { describe, expect, it } from 'vitest';
import { maxPassageWords, passageQuery } from './passage-query';

describe('the search for a selected passage', () => {
  it('quotes the words, dropping the quote marks inside and joining lines', () => {
    expect(
      passageQuery('He added: “We are putting Ukraine\nin the strongest possible position.'),
    ).toBe('"He added: We are putting Ukraine in the strongest possible position."');
    // An apostrophe is a word's, not a quote: kept.
    expect(passageQuery(' support we’re providing ')).toBe('"support we’re providing"');
    expect(passageQuery(' “ ” ')).toBe('');
  });

  it('keeps the first words of a long selection', () => {
    const words = Array.from({ length: maxPassageWords + 10 }, (_, i) => `w${i}`);
    expect(passageQuery(words.join(' '))).toBe(`"${words.slice(0, maxPassageWords).join(' ')}"`);
  });
});
