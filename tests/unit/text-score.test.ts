import { describe, expect, it } from 'vitest';
import { leakedParagraphs, scoreText, tokens } from '../support/text-score';

describe('text scoring for the news dev sets', () => {
  it('counts Chinese one character per token and other scripts by word', () => {
    expect(tokens('港特首梁振英 道歉 BBC中文网')).toEqual([
      '港',
      '特',
      '首',
      '梁',
      '振',
      '英',
      '道',
      '歉',
      'bbc',
      '中',
      '文',
      '网',
    ]);
    expect(tokens('창의적 열정과 소통')).toEqual(['창의적', '열정과', '소통']);
  });

  it('scores furniture as lost precision and missing text as lost recall', () => {
    const article = 'one two three four five six seven eight';
    expect(scoreText(article, article)).toEqual({ precision: 1, recall: 1, f1: 1 });
    const withFurniture = scoreText(`${article}\n\nshare this on social media now`, article);
    expect(withFurniture.recall).toBe(1);
    expect(withFurniture.precision).toBeLessThan(1);
    const half = scoreText('one two three four five', article);
    expect(half.precision).toBe(1);
    expect(half.recall).toBeCloseTo(2 / 5);
  });

  it('names the paragraphs that are not in the reference, short ones by their whole run', () => {
    const want =
      'The council met on Monday and voted to close the bridge.\n\nRepairs start in May.';
    const got = `Share:\n\n${want}\n\n2,456\n\nMay.`;
    expect(leakedParagraphs(got, want)).toEqual(['Share:', '2,456']);
  });
});
