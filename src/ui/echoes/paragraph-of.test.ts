import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paragraphOf } from './paragraph-of';

describe('paragraphOf', () => {
  it('numbers the paragraphs of a text split by blank lines, from 1', () => {
    const text = 'First one.\n\nSecond one.\n \nThird, after a line with a space.\nStill third.';
    expect(paragraphOf(text, 0)).toBe(1);
    expect(paragraphOf(text, text.indexOf('Second'))).toBe(2);
    expect(paragraphOf(text, text.indexOf('Third'))).toBe(3);
    expect(paragraphOf(text, text.indexOf('Still'))).toBe(3);
  });

  it("places the sample's two copies of the £200m paragraph in paragraphs 6 and 13", () => {
    const sample = readFileSync('seeds/000_7500752fa51d260b.txt', 'utf8');
    expect(paragraphOf(sample, sample.indexOf('Among the latest supportive'))).toBe(6);
    expect(paragraphOf(sample, sample.indexOf('Among the latest measures'))).toBe(13);
  });
});

describe('paragraphOf on a text with one paragraph per line', () => {
  it('numbers each line as the reader shows it, when the text has no blank line', () => {
    // The reader lays such a text out one paragraph per line (splitParagraphs); the old count of
    // blank lines called every copy in it "paragraph 1".
    const text = 'Title line\nThe first paragraph.\nThe quote, repeated.\nA closing line.';
    expect(paragraphOf(text, text.indexOf('The first'))).toBe(2);
    expect(paragraphOf(text, text.indexOf('The quote'))).toBe(3);
    expect(paragraphOf(text, text.indexOf('closing'))).toBe(4);
  });
});
